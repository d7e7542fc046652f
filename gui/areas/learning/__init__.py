"""Learning: the live loss and accuracy charts and the hidden nodes' weight mosaic."""
