"""kg: a knowledge graph of Chinese local news."""
