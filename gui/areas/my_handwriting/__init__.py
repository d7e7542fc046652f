"""My handwriting: your own digits, how well they are read, fine-tuning on them."""
