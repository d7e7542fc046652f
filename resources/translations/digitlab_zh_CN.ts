<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DrawingPad</name>
    <message>
        <location filename="../../gui/drawing_pad.py" line="274"/>
        <source>Draw a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/drawing_pad.py" line="324"/>
        <source>Draw a digit here with the mouse, a pen or a finger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="76"/>
        <source>Loading MNIST…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="87"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="88"/>
        <source>Clear the pad (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="89"/>
        <source>Undo stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="90"/>
        <source>Remove the last stroke (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="91"/>
        <source>MNIST digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="92"/>
        <source>Put a random test image on the pad, to compare with your handwriting (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="96"/>
        <location filename="../../gui/main_window.py" line="97"/>
        <source>Brush width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="104"/>
        <source>Brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="111"/>
        <source>Draw a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="124"/>
        <source>What the hidden nodes learned: each node&apos;s 784 incoming weights as a 28×28 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="132"/>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="160"/>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="161"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="161"/>
        <source>New random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="162"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="162"/>
        <source>Open a saved model (.npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="163"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="163"/>
        <source>Save the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="164"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="164"/>
        <source>Save the model under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="165"/>
        <source>Load &amp;dataset folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="165"/>
        <source>Train on another folder of MNIST-style IDX files (e.g. Fashion-MNIST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="167"/>
        <source>Export charts as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="167"/>
        <source>Save the loss and accuracy charts as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="168"/>
        <source>Export history as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="168"/>
        <source>Save the training curves and epoch results as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="170"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="172"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="173"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="174"/>
        <source>&amp;Pause / Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="175"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="177"/>
        <source>&amp;Tutorial preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="178"/>
        <source>&amp;Fast preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="180"/>
        <source>&amp;Pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="181"/>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="182"/>
        <source>&amp;Undo stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="183"/>
        <source>&amp;Random MNIST digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="185"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="186"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="195"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="196"/>
        <source>&amp;About DigitLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="235"/>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="248"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="253"/>
        <source>MNIST loaded: %1 training and %2 test images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="263"/>
        <source>Epoch %1: test accuracy %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="269"/>
        <source>Training stopped: %1 after %2 samples. The last good weights are kept. Try a smaller learning rate, such as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="279"/>
        <source>Training finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="280"/>
        <source>Training stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="281"/>
        <source>Training diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="282"/>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="287"/>
        <source>: test accuracy %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="334"/>
        <source>MNIST is still loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="338"/>
        <source>MNIST label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="346"/>
        <source>New random weights: %1 hidden nodes, seed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="350"/>
        <source>Open model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="350"/>
        <source>DigitLab models (*.npz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="358"/>
        <source>Could not open the model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="363"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="376"/>
        <source>Save model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="376"/>
        <source>DigitLab models (*.npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="387"/>
        <source>Could not save the model to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="390"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="396"/>
        <source>Dataset folder with the four IDX files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="403"/>
        <source>Export charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="403"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="406"/>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="411"/>
        <source>There is no training history yet: train first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="413"/>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="413"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="426"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="438"/>
        <source>DigitLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="446"/>
        <source>About DigitLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="448"/>
        <source>&lt;h3&gt;DigitLab&lt;/h3&gt;&lt;p&gt;A neural network written from scratch in NumPy learns to read handwritten digits.&lt;/p&gt;&lt;p&gt;784 inputs → hidden sigmoid nodes → 10 sigmoid outputs, trained on MNIST with the tutorial&apos;s rule.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="455"/>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="459"/>
        <source>%1 hidden nodes · epochs trained: %2 · test accuracy %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="473"/>
        <source>Stop training before switching the language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="504"/>
        <source>Save the trained model?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="505"/>
        <source>The network has training that is not saved. Save it before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictionPanel</name>
    <message>
        <location filename="../../gui/prediction_panel.py" line="170"/>
        <source>What the network sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/prediction_panel.py" line="171"/>
        <source>The ten outputs (orange: the winner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/prediction_panel.py" line="172"/>
        <source>How strongly each output neuron fires, 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/prediction_panel.py" line="177"/>
        <source>{percent} % sure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingCharts</name>
    <message>
        <location filename="../../gui/charts.py" line="84"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="84"/>
        <source>loss  ½Σ(t−o)²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="85"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="85"/>
        <source>accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="86"/>
        <location filename="../../gui/charts.py" line="87"/>
        <source>samples seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="92"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="94"/>
        <source>smoothed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="98"/>
        <source>training (running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="100"/>
        <source>test (end of epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="108"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="111"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/charts.py" line="111"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../gui/training_panel.py" line="49"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="53"/>
        <source>Tutorial (batch 1, lr 0.1, 5 epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="54"/>
        <source>Fast (batch 32, lr 2, 10 epochs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="55"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="56"/>
        <source>Tutorial: the tutorial&apos;s settings. Fast: mini-batches, over 97.5 % in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="59"/>
        <source>How many times to go through the 60,000 training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="62"/>
        <source>How far each weight moves per step (can be changed while training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="64"/>
        <source>Number of sigmoid nodes in the hidden layer (takes effect on Reset or Start from scratch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="66"/>
        <source>Samples per weight update; 1 is the tutorial&apos;s one-at-a-time rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="68"/>
        <source>Random seed for the initial weights and the shuffling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="71"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="75"/>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="75"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="76"/>
        <source>Hidden nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="76"/>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="77"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="90"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="91"/>
        <source>Start training (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="92"/>
        <location filename="../../gui/training_panel.py" line="154"/>
        <location filename="../../gui/training_panel.py" line="169"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="93"/>
        <source>Pause or resume training (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="94"/>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="95"/>
        <source>Stop training; the weights learned so far are kept (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="96"/>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="97"/>
        <source>New random weights with the chosen hidden nodes and seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="104"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="105"/>
        <source>Progress over the whole run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="154"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="174"/>
        <source>Epoch %1/%2 · %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/training_panel.py" line="176"/>
        <source>%1 samples/s · %2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../gui/session.py" line="198"/>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <location filename="../../gui/weights_view.py" line="394"/>
        <source>No weights yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/weights_view.py" line="401"/>
        <source>Hidden node {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/weights_view.py" line="404"/>
        <source>min {0:+.3f}  max {1:+.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/weights_view.py" line="406"/>
        <source>no finite weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/weights_view.py" line="409"/>
        <source>activation {0:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/weights_view.py" line="448"/>
        <source>Light up by activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/weights_view.py" line="450"/>
        <source>Dim the tiles of hidden nodes that the digit on the drawing pad leaves inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
