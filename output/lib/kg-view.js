/* Behaviour of a kg HTML view: tooltips from DOM text nodes (never HTML strings),
   search by name, filter by type, physics that settles and then stops. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function nodeTip(info) {
    var box = el("div", "kg-tip");
    box.appendChild(el("div", "kg-tip-name", info.name));
    var kind = info.type + (info.code ? " · " + info.code : "");
    if (info.roles.length) { kind += " · " + info.roles.join(", "); }
    box.appendChild(el("div", "kg-tip-type", kind));
    if (info.aliases.length) {
      box.appendChild(el("div", "kg-tip-aliases", "aliases 别名: " + info.aliases.join("、")));
    }
    if (info.count) { box.appendChild(el("div", "kg-tip-count", "articles 稿件: " + info.count)); }
    if (info.articles.length) {
      var list = el("ul");
      info.articles.forEach(function (a) {
        list.appendChild(el("li", null, (a.d ? a.d + " " : "") + a.h + (a.p ? " (" + a.p + ")" : "")));
      });
      if (info.more) { list.appendChild(el("li", null, "… " + info.more + " more 更多")); }
      box.appendChild(list);
    }
    return box;
  }

  var byId = {};
  data.nodes.forEach(function (n) {
    n.title = nodeTip(n.info);
    n.name = n.info.name;
    n.aliases = n.info.aliases;
    delete n.info;
    byId[n.id] = n;
  });
  data.edges.forEach(function (e) { e.title = el("div", "kg-tip", e.relations.join(", ")); });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.kgNodes = nodes;
  window.kgEdges = edges;
  window.kgNetwork = network;

  var state = document.getElementById("kg-state");
  function ready() {
    if (window.kgReady) { return; }
    window.kgReady = true;
    window.kgReadyMs = performance.now();
    state.textContent = "";
    document.body.setAttribute("data-kg-ready", "1");
    if (data.focus && byId[data.focus]) { network.selectNodes([data.focus]); }
  }
  if (data.options.physics.enabled) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      network.fit({ animation: false });
      network.once("afterDrawing", ready);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", ready);
  }

  // Search: exact name, then alias, then part of a name.
  var names = document.getElementById("kg-names");
  var seen = {};
  data.nodes.forEach(function (n) {
    if (!seen[n.name]) { seen[n.name] = true; names.appendChild(el("option", null, n.name)); }
  });
  var input = document.getElementById("kg-search");
  var status = document.getElementById("kg-search-status");
  function find() {
    var q = input.value.trim();
    if (!q) { return; }
    var hit = data.nodes.filter(function (n) { return n.name === q; })[0] ||
      data.nodes.filter(function (n) { return n.aliases.indexOf(q) >= 0; })[0] ||
      data.nodes.filter(function (n) { return n.name.indexOf(q) >= 0; })[0];
    if (!hit) { status.textContent = "not found 未找到"; return; }
    var box = document.querySelector('.kg-filter[value="' + hit.type + '"]');
    if (box && !box.checked) { box.checked = true; applyFilter(); }
    network.selectNodes([hit.id]);
    network.focus(hit.id, { scale: 1.2, animation: false });
    status.textContent = "found 已找到: " + hit.name;
  }
  input.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { find(); } });
  input.addEventListener("change", find);
  document.getElementById("kg-search-go").addEventListener("click", find);

  // Filter by type: unticked types are hidden (their edges go with them).
  function applyFilter() {
    var off = {};
    document.querySelectorAll(".kg-filter").forEach(function (b) { off[b.value] = !b.checked; });
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: !!off[n.type] }; }));
  }
  document.querySelectorAll(".kg-filter").forEach(function (b) {
    b.addEventListener("change", applyFilter);
  });
}());
