"""The window's areas, one folder each: Learning, Inside the network, The math, Results, My handwriting."""
