"""Inside the network: one hidden node, Why? (the votes behind an answer), Imagination (back-query)."""
