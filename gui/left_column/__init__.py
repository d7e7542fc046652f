"""The left column: training controls and progress, the drawing pad and its answer."""
