<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../gui/window/background.py" line="54"/>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
</context>
<context>
    <name>BackqueryView</name>
    <message>
        <location filename="../../gui/areas/inside_the_network/backquery_view.py" line="155"/>
        <source>How it works</source>
        <translation>原理说明</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/backquery_view.py" line="157"/>
        <source>Back-query runs the network backwards (Tariq Rashid&apos;s idea). Start from the answer you want, 0.99 at one output and 0.01 at the nine others; undo each sigmoid with its inverse, the logit; send the signal back through the transposed weights; squeeze each layer into 0.01–0.99. What arrives at the 784 inputs is the picture the network “imagines” for that digit: bright pixels push towards it, dark ones against it. Under each picture: what the network itself reads in it.</source>
        <translation>反向查询让网络倒着运行（Tariq Rashid 的方法）：从想要的答案出发——一个输出为 0.99，其余九个为 0.01；用 sigmoid 的反函数 logit 撤销每一层的 sigmoid；让信号经转置的权重往回传；再把每一层压缩到 0.01–0.99。到达 784 个输入的，就是网络为这个数字“想象”出的图像：亮的像素推向这个数字，暗的像素推离它。每张图下方是网络自己从中读出的数字。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/backquery_view.py" line="164"/>
        <source>Show or hide the explanation of back-query</source>
        <translation>显示或隐藏反向查询的说明</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/backquery_view.py" line="167"/>
        <source>This network has not finished an epoch of training yet, so its pictures are still mostly noise. Train it (Start, F5) and look again.</source>
        <translation>这个网络还没有训练完一轮，所以它的图像大多还是噪声。先训练它（开始，F5），再来看看。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/backquery_view.py" line="176"/>
        <source>reads %1 (%2 %)</source>
        <translation>读作 %1（%2 %）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/backquery_view.py" line="189"/>
        <source>Why not all ten? These pictures are not digits as people write them: %1 % of their pixels are bright, where an MNIST digit lights about %2 %. The network never saw such images and reads most of them as %3. A network trained on warped digits (Augment, the Robust preset) reads its own pictures worst: it learned each digit at many places, sizes and slants, and one picture cannot hold them all.</source>
        <translation>为什么不是十个全对？这些图像并不像人写的数字：它们有 %1 % 的像素是亮的，而一个 MNIST 数字只有约 %2 % 的像素是亮的。网络从没见过这样的图像，把其中多数读成 %3。用变形数字训练的网络（数据增强，“稳健”预设）最读不懂自己的图像：它在许多位置、大小和倾斜下学会了每个数字，一张图像容纳不下所有这些。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/backquery_view.py" line="198"/>
        <source>No network yet.</source>
        <translation>还没有网络。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/backquery_view.py" line="201"/>
        <source>The network reads %1 of its ten imagined digits as the digit they were made for.</source>
        <translation>在网络想象出的十个数字中，有 %1 个被它自己读成了对应的数字。</translation>
    </message>
</context>
<context>
    <name>ClaimCard</name>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="110"/>
        <source>The tutorial&apos;s program:</source>
        <extracomment>What each experiment plots: one tuple of metrics per chart. &quot;pair&quot;: the tutorial&apos;s variant and the others, one curve each (a chart of two &quot;points&quot; metrics is a scatter plot, log-log, of the first against the second); &quot;sweep&quot;: each metric&apos;s final value against the learning rate; &quot;single&quot;: one variant, one curve a metric. The numbers shown side by side, in this order (those a result has). How many variants a &quot;pair&quot; experiment compares (2 unless said).</extracomment>
        <translation>教程的程序：</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="110"/>
        <source>The tutorial:</source>
        <translation>教程原文：</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="122"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="123"/>
        <source>Train the networks and measure the claim (in the background)</source>
        <translation>训练这些网络并检验这个说法（在后台运行）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="124"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="125"/>
        <source>Stop this experiment</source>
        <translation>停止这个实验</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="128"/>
        <source>Not run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="226"/>
        <source>Compares inputs scaled to 0.01–1.0 (the tutorial) with 0–1.0.</source>
        <translation>比较缩放到 0.01~1.0 的输入（教程）与 0~1.0 的输入。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="227"/>
        <source>Compares targets 0.01 / 0.99 (the tutorial) with 0 / 1.</source>
        <translation>比较目标值 0.01 / 0.99(教程)与 0 / 1。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="228"/>
        <source>Compares initial weights N(0, 1/√n) (the tutorial) with N(0, 1): the same random draws, not scaled down.</source>
        <translation>比较初始权重 N(0, 1/√n)（教程）与 N(0, 1)：同一组随机数，只是没有缩小。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="229"/>
        <source>Compares the learning rates %1 (the tutorial: 0.1), one network each.</source>
        <translation>比较学习率 %1（教程：0.1），每个学习率一个网络。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="231"/>
        <source>Trains the tutorial&apos;s network for %1 epochs, measuring training and test accuracy after each.</source>
        <translation>用教程的网络训练 %1 轮，每轮之后测量训练准确率和测试准确率。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="233"/>
        <source>Compares the tutorial&apos;s update (the 2 of ∂E/∂w dropped) with the 2 kept at half the learning rate, and with the 2 kept at the same rate.</source>
        <translation>比较教程的更新（去掉 ∂E/∂w 前的 2）与保留 2 而学习率减半、以及保留 2 而学习率不变的更新。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="235"/>
        <source>Trains the tutorial&apos;s network; at each measuring point, on each test image, moves each of %1 weights alone by its step and measures how much E falls, against |∂E/∂w|. The exact chain&apos;s steps are shown for comparison.</source>
        <translation>训练教程的网络；在每个测量点、每张测试图片上，把 %1 个权重逐个单独按它的更新量移动一步，测量 E 下降了多少，并与 |∂E/∂w| 对照。按精确链式法则的更新一并列出，作为对比。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="238"/>
        <source>Compares the tutorial&apos;s network trained on MNIST alone with one trained on MNIST and 6,908 pen-written digits by 73 people (UNIPEN); both are graded on MNIST&apos;s test images and on 1,662 digits by 20 other people, whom neither network saw.</source>
        <translation>比较只用 MNIST 训练的教程网络和用 MNIST 加上 73 个人的 6,908 个笔写数字（UNIPEN）训练的网络；两者都在 MNIST 测试图像和另外 20 个人的 1,662 个数字上打分，这些人两个网络都没见过。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="243"/>
        <source>Every network: seed %1, the first %2 training images, %3, %4 hidden nodes; measured on the first %5 test images.</source>
        <translation>每个网络：随机种子 %1，前 %2 张训练图片，%3，%4 个隐藏节点；在前 %5 张测试图片上测量。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="246"/>
        <source>1 epoch</source>
        <translation>1 轮</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="246"/>
        <source>%1 epochs</source>
        <translation>%1 轮</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="251"/>
        <source>Learning rate %1.</source>
        <translation>学习率 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="256"/>
        <source>learning rate (log scale)</source>
        <translation>学习率（对数刻度）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="261"/>
        <source>%1, log scale</source>
        <translation>%1（对数刻度）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="263"/>
        <source>%1 (log scale; one dot a weight, the last measuring point&apos;s first test image)</source>
        <translation>%1（对数刻度；每个点是一个权重，取最后一个测量点的第一张测试图片）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="286"/>
        <source>final value at each learning rate (the tutorial&apos;s: 0.1)</source>
        <translation>各学习率下的最终值（教程：0.1）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="289"/>
        <source>(the tutorial)</source>
        <translation>(教程的选择)</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="289"/>
        <source>(warned against)</source>
        <translation>(教程告诫的做法)</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="289"/>
        <source>(for comparison)</source>
        <translation>（作为对比）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="292"/>
        <source>the tutorial&apos;s choice</source>
        <translation>教程的选择</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="292"/>
        <source>the one it warns about</source>
        <translation>教程告诫的做法</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="302"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="310"/>
        <source>Running… %1 %</source>
        <translation>运行中… %1 %</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="316"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="316"/>
        <source>Cancelled: no result</source>
        <translation>已取消：没有结果</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="330"/>
        <source>Press Run: the curves appear here</source>
        <translation>按“运行”后，曲线显示在这里</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="336"/>
        <source>Press Run: the verdict is computed from what the run measures, and says so when the claim does not hold.</source>
        <translation>按“运行”：结论由本次运行测得的数字算出；说法不成立时也会如实说明。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="342"/>
        <source>Done in %1 s</source>
        <translation>完成，用时 %1 秒</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="365"/>
        <source>The curves lie on top of each other (the dashed one on the wide one): here the two give the same numbers.</source>
        <translation>这两条曲线重叠在一起（虚线压在粗线上）：在这里两者给出相同的数值。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="370"/>
        <source>Verdict, from this run:</source>
        <translation>本次运行的结论：</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/claim_card.py" line="403"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
</context>
<context>
    <name>CorrectionRow</name>
    <message>
        <location filename="../../gui/left_column/correction_row.py" line="93"/>
        <source>You confirmed %1</source>
        <translation>你确认了 %1</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/correction_row.py" line="95"/>
        <source>You said %1 (it read %2)</source>
        <translation>你说是 %1（它读作 %2）</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/correction_row.py" line="97"/>
        <source>%1 · added to your set, not fine-tuned</source>
        <translation>%1 · 已加入你的字迹集，未微调</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/correction_row.py" line="99"/>
        <source>%1 · learning…</source>
        <translation>%1 · 正在学习…</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/correction_row.py" line="101"/>
        <source>You confirmed %1: it reads %2</source>
        <translation>你确认了 %1：它读作 %2</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/correction_row.py" line="103"/>
        <source>You said %1: it still reads %2</source>
        <translation>你说是 %1：它仍读作 %2</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/correction_row.py" line="106"/>
        <source>You said %1: it read %2, now reads %3</source>
        <translation>你说是 %1：它原读作 %2，现在读作 %3</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/correction_row.py" line="90"/>
        <location filename="../../gui/left_column/correction_row.py" line="112"/>
        <source> · your set: 1 digit</source>
        <translation> · 你的字迹集：1 个数字</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/correction_row.py" line="88"/>
        <source>You confirmed %1: added to your set, nothing to learn</source>
        <translation>你确认了 %1：已加入你的数字集，无需再学</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/correction_row.py" line="91"/>
        <location filename="../../gui/left_column/correction_row.py" line="113"/>
        <source> · your set: %1 digits</source>
        <translation> · 你的字迹集：%1 个数字</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/correction_row.py" line="116"/>
        <source>Wrong? It is:</source>
        <translation>不对？是：</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/correction_row.py" line="117"/>
        <source>Tell the network which digit you drew: it learns from it in a moment</source>
        <translation>告诉网络你写的是哪个数字：它马上从中学习</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/correction_row.py" line="120"/>
        <source>It is a %1: add the drawing to your handwriting set with this label and fine-tune the network on it</source>
        <translation>它是 %1：把这个数字连同这个标签加入你的字迹集，并用它微调网络</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/correction_row.py" line="122"/>
        <source>It is a %1</source>
        <translation>它是 %1</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <location filename="../../gui/left_column/drawing_pad.py" line="300"/>
        <source>Draw a digit</source>
        <translation>写一个数字</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/drawing_pad.py" line="354"/>
        <source>Draw a digit here with the mouse, a pen or a finger</source>
        <translation>用鼠标、手写笔或手指在这里写一个数字</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/drawing_pad.py" line="355"/>
        <source>Drawing pad</source>
        <translation>手写板</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/drawing_pad.py" line="357"/>
        <source>Draw one digit with the mouse, a pen or a finger; the network&apos;s answer is shown beside it. Esc clears, Ctrl+Z undoes a stroke.</source>
        <translation>用鼠标、手写笔或手指写一个数字，网络的答案显示在旁边。Esc 清空，Ctrl+Z 撤销一笔。</translation>
    </message>
</context>
<context>
    <name>EvaluationRunner</name>
    <message>
        <location filename="../../gui/window/evaluation_runner.py" line="62"/>
        <source>Evaluation failed: %1</source>
        <translation>评估失败：%1</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="435"/>
        <source>true %1 → %2
%3 %</source>
        <translation>真值 %1 → %2
%3 %</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="436"/>
        <source>Test image %1: true %2, read as %3 (%4 % sure). Click to put it on the pad.</source>
        <translation>测试图像 %1：真值 %2，读作 %3（把握 %4 %）。点击可放到画板上。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="471"/>
        <source>Evaluate now</source>
        <translation>立即评估</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="472"/>
        <source>Read all the test images with the current network</source>
        <translation>用当前网络读取全部测试图像</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="473"/>
        <source>Show all mistakes</source>
        <translation>显示全部错误</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="474"/>
        <source>Show every misread test image again, not only those of the chosen cell or digit</source>
        <translation>重新显示所有认错的测试图片，而不只是所选格子或数字的</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="476"/>
        <source>Confusion matrix (click a cell)</source>
        <translation>混淆矩阵（点击单元格）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="477"/>
        <location filename="../../gui/areas/results/evaluation_view.py" line="481"/>
        <source>true digit</source>
        <translation>真实数字</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="478"/>
        <source>predicted digit</source>
        <translation>预测数字</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="480"/>
        <source>Accuracy per digit (%)</source>
        <translation>各数字的准确率（%）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="484"/>
        <source>Train the network (Start, F5), or press “Evaluate now” to test the current one on the test images.</source>
        <translation>训练网络（开始，F5），或按“立即评估”用测试图像测试当前网络。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="486"/>
        <source>Train the network (Start, F5), or press “Evaluate now” to test the current one on the %1 test images.</source>
        <translation>训练网络（开始，F5），或按“立即评估”用 %1 张测试图像测试当前网络。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="489"/>
        <source>You will see which digits it confuses, and the images it misreads.</source>
        <translation>你会看到它把哪些数字弄混，以及它读错的图像。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="496"/>
        <source>Press “Evaluate now” to read every test image and see where the network goes wrong.</source>
        <translation>按“立即评估”读取每一张测试图像，看看网络错在哪里。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="498"/>
        <source>Accuracy %1 %: %2 of %3 test images misread (read in %4 s).</source>
        <translation>准确率 %1 %：%3 张测试图像中读错 %2 张（用时 %4 秒）。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="505"/>
        <source>Each image read in five looks, as the pad reads (one look, as the curves measure: %1 %).</source>
        <translation>每张图像看五次再读，和画板的读法一样（只看一次、即曲线的算法：%1 %）。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="509"/>
        <source>The network has changed since: evaluate again.</source>
        <translation>网络此后已改变：请重新评估。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="517"/>
        <source>All mistakes, the most confident first</source>
        <translation>全部错误，最有把握的排在前面</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="519"/>
        <source>Mistakes on the digit %1</source>
        <translation>数字 %1 的错误</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="521"/>
        <source>%1 read correctly, the least sure first</source>
        <translation>正确读出的 %1，最没把握的排在前面</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="522"/>
        <source>%1 read as %2, the most confident first</source>
        <translation>%1 被读作 %2，最有把握的排在前面</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="529"/>
        <source>No images here</source>
        <translation>这里没有图像</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="531"/>
        <source>Showing %1 of %2</source>
        <translation>显示 %2 张中的 %1 张</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/evaluation_view.py" line="532"/>
        <source>%1 images</source>
        <translation>%1 张图像</translation>
    </message>
</context>
<context>
    <name>ExperimentsView</name>
    <message>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="47"/>
        <source>The tutorial gives advice with reasons. Each card puts one claim to the test: networks from the same seed on the same images, the tutorial&apos;s choice against the one it warns about.</source>
        <extracomment>what each experiment trains on; tests put tiny subsets here (``set_experiment_settings``)</extracomment>
        <translation>教程给出了建议和理由。每张卡片检验其中一个说法：相同随机种子、相同图片上的网络，教程的选择对比它告诫的做法。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="61"/>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="63"/>
        <source>The previous claim</source>
        <translation>上一条论断</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="62"/>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="64"/>
        <source>The next claim</source>
        <translation>下一条论断</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="65"/>
        <source>Which of the tutorial&apos;s claims to put to the test</source>
        <translation>选择要检验的教程论断</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="66"/>
        <source>Claim</source>
        <translation>论断</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="67"/>
        <source>Claim:</source>
        <translation>论断：</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="75"/>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="76"/>
        <source>Targets</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="77"/>
        <source>Initial weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="78"/>
        <source>Flat sigmoid</source>
        <translation>平坦的 sigmoid</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="79"/>
        <source>Epochs</source>
        <translation>训练轮次</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="80"/>
        <source>The constant 2</source>
        <translation>常数 2</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="81"/>
        <source>Larger slope</source>
        <translation>偏导数越大</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="82"/>
        <source>People&apos;s digits</source>
        <translation>真人笔迹</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="159"/>
        <source>Waiting for MNIST to load…</source>
        <translation>正在等待 MNIST 加载…</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="161"/>
        <source>An experiment can start when the training, sweep or fine-tuning has ended.</source>
        <translation>训练、参数扫描或微调结束后才能开始实验。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="163"/>
        <source>One experiment at a time: the others can run when this one has ended or is cancelled.</source>
        <translation>一次只能运行一个实验：这个实验结束或取消后，其他实验才能运行。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/experiments_view.py" line="220"/>
        <source>The experiment failed: %1</source>
        <translation>实验失败：%1</translation>
    </message>
</context>
<context>
    <name>HowToUseDialog</name>
    <message>
        <location filename="../../gui/dialogs/how_to_use.py" line="14"/>
        <source>How to use DigitLab</source>
        <translation>DigitLab 使用说明</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/how_to_use.py" line="17"/>
        <source>&lt;b&gt;Train.&lt;/b&gt; Pick a preset — Tutorial (the tutorial&apos;s own settings), Fast or Robust — or set epochs, learning rate and the rest yourself, then press Start (F5). Pause (F6) and Stop (F7) work at any time; Pace slows training down to one sample at a time.</source>
        <translation>&lt;b&gt;训练。&lt;/b&gt;选择一个预设——教程（教程自己的设置）、快速或稳健——或者自己设置轮数、学习率等，然后按“开始”（F5）。“暂停”（F6）和“停止”（F7）随时可用；“速度”可以把训练放慢到一次一个样本。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/how_to_use.py" line="20"/>
        <source>&lt;b&gt;Watch it learn.&lt;/b&gt; Learning shows the loss and the accuracy as they change, and every hidden node&apos;s 784 weights as a 28×28 tile: red pulls the node up, blue down.</source>
        <translation>&lt;b&gt;看它学习。&lt;/b&gt;“学习”显示损失和准确率的变化，并把每个隐藏节点的 784 个权重画成 28×28 的小图：红色使节点更活跃，蓝色相反。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/how_to_use.py" line="22"/>
        <source>&lt;b&gt;Draw a digit&lt;/b&gt; on the black pad: the big number is the network&apos;s answer, the bars its ten outputs, the small image what it sees. Read wrong? Click the right digit under the pad and it learns from it.</source>
        <translation>在黑色画板上&lt;b&gt;写一个数字&lt;/b&gt;：大数字是网络的答案，柱形是它的十个输出，小图是它看到的图像。读错了？点击画板下方正确的数字，它就会从中学习。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/how_to_use.py" line="24"/>
        <source>&lt;b&gt;Look inside.&lt;/b&gt; Inside the network: one hidden node up close, Why? (the votes behind the answer) and Imagination (the network run backwards). Results: Evaluation, Runs and Sweeps.</source>
        <translation>&lt;b&gt;看看内部。&lt;/b&gt;“网络内部”：细看一个隐藏节点、“为什么？”（答案背后的投票）和“想象”（让网络倒着运行）。“结果”：评估、训练记录和参数扫描。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/how_to_use.py" line="26"/>
        <source>&lt;b&gt;Learn the math.&lt;/b&gt; The math: One step shows one training step with the tutorial&apos;s formulas and this sample&apos;s numbers, and any weight&apos;s derivation; Experiments puts the tutorial&apos;s claims to the test.</source>
        <translation>&lt;b&gt;学习数学。&lt;/b&gt;“数学”：“单步讲解”用教程的公式和这个样本的数字展示一步训练，以及任意一个权重的推导；“实验”检验教程的说法。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/how_to_use.py" line="28"/>
        <source>&lt;b&gt;Keep it.&lt;/b&gt; Model → Save (Ctrl+S) writes the weights, the settings and the training history; Open (Ctrl+O) brings them back. View → Language switches between English and 简体中文.</source>
        <translation>&lt;b&gt;保存。&lt;/b&gt;模型 → 保存（Ctrl+S）写下权重、设置和训练历史；打开（Ctrl+O）把它们读回来。视图 → 语言可在 English 和简体中文之间切换。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/window/main_window.py" line="121"/>
        <source>Loading MNIST…</source>
        <translation>正在加载 MNIST…</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="137"/>
        <source>Clear the pad (Esc)</source>
        <translation>清空手写板 (Esc)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="139"/>
        <source>Remove the last stroke (Ctrl+Z)</source>
        <translation>撤销最后一笔 (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="141"/>
        <source>Put a random test image on the pad, to compare with your handwriting (Ctrl+R)</source>
        <translation>在手写板上放一张随机的测试图片，和你的笔迹比一比 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="145"/>
        <location filename="../../gui/window/main_window.py" line="146"/>
        <source>Brush width</source>
        <translation>笔刷粗细</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="167"/>
        <source>Draw a digit</source>
        <translation>写一个数字</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="181"/>
        <source>What the hidden nodes learned (double-click a node to inspect it)</source>
        <translation>隐藏节点学到了什么（双击一个节点查看详情）</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="182"/>
        <source>Each hidden node&apos;s 784 incoming weights, drawn as a 28×28 image: red pixels excite the node, blue ones inhibit it</source>
        <translation>每个隐藏节点的 784 个输入权重画成一张 28×28 的图：红色像素使节点兴奋，蓝色像素抑制它</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="202"/>
        <source>Learning</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="210"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="205"/>
        <source>Imagination</source>
        <translation>想象</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="210"/>
        <source>Runs</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="210"/>
        <source>Sweeps</source>
        <translation>参数扫描</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="212"/>
        <source>My handwriting</source>
        <translation>我的笔迹</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="205"/>
        <source>Hidden node</source>
        <translation>隐藏节点</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="203"/>
        <source>The loss and accuracy as the network learns, and what each hidden node has learned</source>
        <translation>网络学习时的损失和准确率，以及每个隐藏节点学到了什么</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="204"/>
        <source>Inside the network</source>
        <translation>网络内部</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="205"/>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="206"/>
        <source>One hidden node up close, why the network gave its answer, and what it imagines for each digit</source>
        <translation>细看一个隐藏节点、网络为什么给出这个答案、它为每个数字想象出什么</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="207"/>
        <source>One step</source>
        <translation>单步讲解</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="207"/>
        <source>Experiments</source>
        <translation>实验</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="207"/>
        <source>The math</source>
        <translation>数学</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="208"/>
        <source>The tutorial&apos;s formulas with real numbers, and its claims put to the test</source>
        <translation>代入真实数字的教程公式，以及对教程说法的检验</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="209"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="211"/>
        <source>Which digits it confuses, every run of this session, and sweeps of a setting</source>
        <translation>它把哪些数字弄混、本次的每一次训练、以及对某个设置的扫描</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="213"/>
        <source>Your own digits: how well the network reads them, and teaching it your style</source>
        <translation>你自己的数字：网络读得怎么样，以及教它认识你的字迹</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="284"/>
        <source> + single steps</source>
        <translation> + 单步训练</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="299"/>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="302"/>
        <source>Training a new network: the seed or the number of hidden nodes changed (the trained one stays in Runs)</source>
        <translation>正在训练一个新网络：种子或隐藏节点数已改变（已训练的网络保留在“运行记录”中）</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="312"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="361"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="366"/>
        <source>MNIST loaded: %1 training and %2 test images</source>
        <translation>MNIST 已加载：%1 张训练图片，%2 张测试图片</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="371"/>
        <source>Before training: test accuracy %1 %</source>
        <translation>训练前：测试准确率 %1 %</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="380"/>
        <source>Epoch %1: test accuracy %2 %</source>
        <translation>第 %1 轮：测试准确率 %2 %</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="392"/>
        <location filename="../../gui/window/main_window.py" line="431"/>
        <source>Diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="404"/>
        <source>Training finished</source>
        <translation>训练完成</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="405"/>
        <source>Training stopped</source>
        <translation>训练已停止</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="406"/>
        <source>Training diverged</source>
        <translation>训练发散了</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="407"/>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="412"/>
        <source>: test accuracy %1 %</source>
        <translation>：测试准确率 %1 %</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="424"/>
        <source>Finished · epoch %1/%1</source>
        <translation>完成 · 第 %1/%1 轮</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="425"/>
        <source>%1 samples/s on average</source>
        <translation>平均 %1 样本/秒</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="428"/>
        <source>Stopped in epoch %1/%2 · %3 %</source>
        <translation>停在第 %1/%2 轮 · %3 %</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="433"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="631"/>
        <source>Fine-tuned on your handwriting: test accuracy %1 %</source>
        <translation>已用你的笔迹微调：测试准确率 %1 %</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="645"/>
        <source>MNIST is still loading</source>
        <translation>MNIST 仍在加载</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="657"/>
        <source>Not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="680"/>
        <source>&lt;h3&gt;DigitLab %1&lt;/h3&gt;&lt;p&gt;A neural network written from scratch in NumPy learns to read handwritten digits.&lt;/p&gt;&lt;p&gt;784 inputs → hidden sigmoid nodes → 10 sigmoid outputs, trained on MNIST with the tutorial&apos;s rule.&lt;/p&gt;&lt;p&gt;It grew from a Chinese tutorial (its text is in shared/seed/tutorial-zh.txt beside the project); The math puts its formulas and claims in front of you.&lt;/p&gt;&lt;p&gt;MNIST: Yann LeCun, Corinna Cortes and Christopher J. C. Burges.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DigitLab %1&lt;/h3&gt;&lt;p&gt;一个用 NumPy 从零写成的神经网络学习读手写数字。&lt;/p&gt;&lt;p&gt;784 个输入 → 隐藏层 sigmoid 节点 → 10 个 sigmoid 输出，按教程的规则在 MNIST 上训练。&lt;/p&gt;&lt;p&gt;它源自一篇中文教程（原文在项目旁的 shared/seed/tutorial-zh.txt）；“数学”把教程的公式和说法摆在你面前。&lt;/p&gt;&lt;p&gt;MNIST：Yann LeCun、Corinna Cortes 和 Christopher J. C. Burges。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="685"/>
        <source>&lt;p&gt;People&apos;s pen-written digits: the International Unipen Foundation, &lt;i&gt;Unipen data set of on-line (vectorial) handwriting — train_r01_v07&lt;/i&gt;, Zenodo, doi:10.5281/zenodo.1195803, licensed CC BY 4.0 (I. Guyon, L. Schomaker, R. Plamondon, M. Liberman, S. Janet, “UNIPEN project of on-line data exchange and recognizer benchmarks”, ICPR 1994). DigitLab ships 8,570 of its isolated digits as strokes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;真人笔写数字：the International Unipen Foundation，&lt;i&gt;Unipen data set of on-line (vectorial) handwriting — train_r01_v07&lt;/i&gt;，Zenodo，doi:10.5281/zenodo.1195803，采用 CC BY 4.0 许可（I. Guyon、L. Schomaker、R. Plamondon、M. Liberman、S. Janet，“UNIPEN project of on-line data exchange and recognizer benchmarks”，ICPR 1994）。DigitLab 以笔画形式附带其中 8,570 个单独书写的数字。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="702"/>
        <source>Press Start (F5): the network of the tutorial begins to learn MNIST&apos;s 60,000 digits. Pick a preset above first if you like.</source>
        <translation>按“开始”（F5）：教程的网络开始学习 MNIST 的 60,000 个数字。也可以先在上面选一个预设。</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="703"/>
        <source>Watch the loss fall and the accuracy rise, live, as it learns.</source>
        <translation>看着损失下降、准确率上升，随学习实时变化。</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="704"/>
        <source>Each tile is one hidden node&apos;s 784 weights: watch them turn from noise into strokes. Double-click one to inspect it.</source>
        <translation>每个小图是一个隐藏节点的 784 个权重：看它们从噪声变成笔画。双击一个可以细看。</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="705"/>
        <source>Draw a digit here with the mouse: the answer appears beside it, with the network&apos;s ten outputs.</source>
        <translation>在这里用鼠标写一个数字：答案和网络的十个输出会显示在旁边。</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="706"/>
        <source>Why? shows which hidden nodes voted for the answer and against it.</source>
        <translation>“为什么？”显示哪些隐藏节点投票支持这个答案、哪些反对。</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="707"/>
        <source>The math: One step takes one training step with the tutorial&apos;s formulas and real numbers; Experiments tests its claims.</source>
        <translation>数学：“单步讲解”用教程的公式和真实数字走一步训练；“实验”检验教程的说法。</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="709"/>
        <source>My handwriting: label your own digits, see how well they are read, and teach the network your style.</source>
        <translation>我的笔迹：给你自己写的数字标上标签，看看它们被读得怎么样，并教网络认识你的字迹。</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="731"/>
        <source>Stop training, the sweep or the fine-tuning before switching the language.</source>
        <translation>请先停止训练、参数扫描或微调，再切换语言。</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="615"/>
        <source>MNIST label: %1</source>
        <translation>MNIST 标签：%1</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="136"/>
        <source>Cle&amp;ar</source>
        <translation>清空(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="138"/>
        <source>U&amp;ndo stroke</source>
        <translation>撤销一笔(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="140"/>
        <source>MNIST di&amp;git</source>
        <translation>MNIST 数字(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="157"/>
        <source>&amp;Brush</source>
        <translation>笔刷(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="386"/>
        <source>Training stopped: %1 after %2 samples. The weights go back to where this run started, or to the end of its last full epoch. Try a smaller learning rate, such as %3.</source>
        <translation>训练已停止：%2 个样本之后，%1。权重回到本次训练开始时，或最后一个完整轮次结束时的状态。请试试更小的学习率，例如 %3。</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="443"/>
        <source>test accuracy %1 % (measured after the stop)</source>
        <translation>测试准确率 %1 %（停止后测得）</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="660"/>
        <source>New random weights: %1 hidden nodes, seed %2</source>
        <translation>新的随机权重：%1 个隐藏节点，随机种子 %2</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="667"/>
        <source>DigitLab</source>
        <translation>DigitLab</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="675"/>
        <source>About DigitLab</source>
        <translation>关于 DigitLab</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="715"/>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="719"/>
        <source>%1 hidden nodes · epochs trained: %2 · test accuracy %3</source>
        <translation>%1 个隐藏节点 · 已训练轮数：%2 · 测试准确率 %3</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="767"/>
        <source>Save the trained model?</source>
        <translation>保存训练好的模型吗？</translation>
    </message>
    <message>
        <location filename="../../gui/window/main_window.py" line="768"/>
        <source>The network has training that is not saved. Save it before closing?</source>
        <translation>网络有尚未保存的训练结果。关闭前要保存吗？</translation>
    </message>
</context>
<context>
    <name>MenuBar</name>
    <message>
        <location filename="../../gui/window/menus.py" line="29"/>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="30"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="30"/>
        <source>New random weights</source>
        <translation>新的随机权重</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="31"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="31"/>
        <source>Open a saved model (.npz)</source>
        <translation>打开保存的模型 (.npz)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="32"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="32"/>
        <source>Save the model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="33"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="33"/>
        <source>Save the model under a new name</source>
        <translation>用新名字保存模型</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="34"/>
        <source>Load &amp;dataset folder…</source>
        <translation>加载数据集文件夹(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="34"/>
        <source>Train on another folder of MNIST-style IDX files (e.g. Fashion-MNIST)</source>
        <translation>用另一个 MNIST 格式 IDX 文件的文件夹训练（例如 Fashion-MNIST）</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="36"/>
        <source>Export charts as &amp;PNG…</source>
        <translation>导出图表为 &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="36"/>
        <source>Save the loss and accuracy charts as an image</source>
        <translation>把损失和准确率图表保存为图片</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="37"/>
        <source>Export all charts as PNG or S&amp;VG…</source>
        <translation>导出全部图表为 PNG 或 S&amp;VG…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="37"/>
        <source>Save every chart of every tab into a folder, as PNG or SVG</source>
        <translation>把每个标签页的所有图表保存到一个文件夹，格式为 PNG 或 SVG</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="38"/>
        <source>Export history as &amp;CSV…</source>
        <translation>导出训练历史为 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="38"/>
        <source>Save the training curves and epoch results as CSV</source>
        <translation>把训练曲线和每轮结果保存为 CSV</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="40"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="42"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="43"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="44"/>
        <source>Train a &amp;new network</source>
        <translation>训练一个新网络(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="45"/>
        <source>Start from random weights with the panel&apos;s seed and size</source>
        <translation>按面板上的种子和大小，从随机权重开始</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="46"/>
        <source>&amp;Continue training</source>
        <translation>继续训练(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="47"/>
        <source>Train the current network further</source>
        <translation>在当前网络上继续训练</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="48"/>
        <source>&amp;Pause / Resume</source>
        <translation>暂停 / 继续(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="49"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="51"/>
        <source>&amp;Tutorial preset</source>
        <translation>教程预设(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="52"/>
        <source>&amp;Fast preset</source>
        <translation>快速预设(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="53"/>
        <source>&amp;Robust preset</source>
        <translation>稳健预设(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="55"/>
        <source>&amp;Pad</source>
        <translation>手写板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="56"/>
        <source>&amp;Clear</source>
        <translation>清空(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="57"/>
        <source>&amp;Undo stroke</source>
        <translation>撤销一笔(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="58"/>
        <source>&amp;Random MNIST digit</source>
        <translation>随机 MNIST 数字(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="60"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="71"/>
        <source>&amp;Hidden node inspector</source>
        <translation>隐藏节点查看器(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="72"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="79"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="80"/>
        <source>&amp;How to use</source>
        <translation>使用说明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="81"/>
        <source>&amp;Tour</source>
        <translation>导览(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="81"/>
        <source>A short tour of the window, one control at a time</source>
        <translation>窗口的简短导览，一次介绍一个控件</translation>
    </message>
    <message>
        <location filename="../../gui/window/menus.py" line="82"/>
        <source>&amp;About DigitLab</source>
        <translation>关于 DigitLab(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <location filename="../../gui/window/model_files.py" line="25"/>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location filename="../../gui/window/model_files.py" line="25"/>
        <source>DigitLab models (*.npz);;All files (*)</source>
        <translation>DigitLab 模型 (*.npz);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/window/model_files.py" line="33"/>
        <source>Could not open the model: %1</source>
        <translation>无法打开模型：%1</translation>
    </message>
    <message>
        <location filename="../../gui/window/model_files.py" line="43"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location filename="../../gui/window/model_files.py" line="56"/>
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <location filename="../../gui/window/model_files.py" line="56"/>
        <source>DigitLab models (*.npz)</source>
        <translation>DigitLab 模型 (*.npz)</translation>
    </message>
    <message>
        <location filename="../../gui/window/model_files.py" line="67"/>
        <source>Could not save the model to %1: %2</source>
        <translation>无法把模型保存到 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/window/model_files.py" line="70"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../gui/window/model_files.py" line="76"/>
        <source>Dataset folder with the four IDX files</source>
        <translation>含有四个 IDX 文件的数据集文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/window/model_files.py" line="82"/>
        <location filename="../../gui/window/model_files.py" line="110"/>
        <source>Export charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../gui/window/model_files.py" line="82"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/window/model_files.py" line="85"/>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../gui/window/model_files.py" line="100"/>
        <location filename="../../gui/window/model_files.py" line="138"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/window/model_files.py" line="105"/>
        <source>Folder for the charts</source>
        <translation>保存图表的文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/window/model_files.py" line="111"/>
        <source>Save the charts as SVG drawings? (No: PNG images)</source>
        <translation>把图表保存为 SVG 矢量图吗？（否：保存为 PNG 图片）</translation>
    </message>
    <message>
        <location filename="../../gui/window/model_files.py" line="118"/>
        <source>Saved %1 charts in %2</source>
        <translation>已把 %1 个图表保存到 %2</translation>
    </message>
    <message>
        <location filename="../../gui/window/model_files.py" line="123"/>
        <source>There is no training history yet: train first.</source>
        <translation>还没有训练历史：请先训练。</translation>
    </message>
    <message>
        <location filename="../../gui/window/model_files.py" line="125"/>
        <source>Export history</source>
        <translation>导出训练历史</translation>
    </message>
    <message>
        <location filename="../../gui/window/model_files.py" line="125"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>NeuronInspector</name>
    <message>
        <location filename="../../gui/areas/inside_the_network/neuron_inspector.py" line="282"/>
        <source>Draw a digit on the pad to see how strongly this node fires for it.</source>
        <translation>在画板上写一个数字，看看这个节点对它的激活有多强。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/neuron_inspector.py" line="284"/>
        <source>Its activation for the digit on the pad: %1</source>
        <translation>它对画板上数字的激活值：%1</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/neuron_inspector.py" line="333"/>
        <source>No network yet</source>
        <translation>还没有网络</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/neuron_inspector.py" line="334"/>
        <source>A hidden node appears here once there is a network: double-click a tile of the weight mosaic, or pick a node number above.</source>
        <translation>有了网络后，这里会显示一个隐藏节点：双击权重拼图中的一个小图，或在上方选择节点编号。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/neuron_inspector.py" line="337"/>
        <source>Hidden node %1</source>
        <translation>隐藏节点 %1</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/neuron_inspector.py" line="340"/>
        <source>&amp;Node</source>
        <translation>节点(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/neuron_inspector.py" line="341"/>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/neuron_inspector.py" line="342"/>
        <source>Which hidden node to show</source>
        <translation>要显示哪个隐藏节点</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/neuron_inspector.py" line="343"/>
        <source>Previous node (PgUp)</source>
        <translation>上一个节点 (PgUp)</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/neuron_inspector.py" line="344"/>
        <source>Next node (PgDn)</source>
        <translation>下一个节点 (PgDn)</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/neuron_inspector.py" line="345"/>
        <source>Previous node</source>
        <translation>上一个节点</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/neuron_inspector.py" line="346"/>
        <source>Next node</source>
        <translation>下一个节点</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/neuron_inspector.py" line="348"/>
        <source>Ink on red pixels excites the node, ink on blue ones inhibits it; its output weights say which digits it votes for (red) or against (blue).</source>
        <translation>落在红色像素上的笔迹会激发这个节点，落在蓝色像素上的会抑制它；它的输出权重表明它支持（红）或反对（蓝）哪些数字。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/neuron_inspector.py" line="351"/>
        <source>Its 784 incoming weights</source>
        <translation>它的 784 个输入权重</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/neuron_inspector.py" line="356"/>
        <source>Weight to each output</source>
        <translation>到每个输出的权重</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/neuron_inspector.py" line="358"/>
        <source>output digit</source>
        <translation>输出数字</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/neuron_inspector.py" line="366"/>
        <source>The test images that excite it most appear here once MNIST is loaded.</source>
        <translation>MNIST 加载后，这里会显示最能激发它的测试图像。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/neuron_inspector.py" line="368"/>
        <source>The 16 test images that excite it most (click one to put it on the pad):</source>
        <translation>最能激发它的 16 张测试图像（点击一张可放到画板上）：</translation>
    </message>
</context>
<context>
    <name>PersonalView</name>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="124"/>
        <source>Your digits and what the network reads (red: read wrong). Delete removes the selected ones.</source>
        <translation>你的数字以及网络的识别结果（红色：识别错误）。按 Delete 删除所选项。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="125"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="126"/>
        <source>Remove the selected digits from your handwriting set</source>
        <translation>从你的笔迹集中删除选中的数字</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="131"/>
        <source>Fine-tune</source>
        <translation>微调</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="133"/>
        <source>Train the network %1 short rounds on your digits mixed with 4× as many MNIST digits</source>
        <translation>用你的数字混入 4 倍数量的 MNIST 数字，对网络做 %1 轮简短训练</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="135"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="136"/>
        <source>Stop the fine-tuning</source>
        <translation>停止微调</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="138"/>
        <source>Not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="182"/>
        <source>Could not read your saved digits: %1. Digits you add now replace that file.</source>
        <translation>无法读取已保存的数字：%1。现在添加的数字将替换该文件。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="272"/>
        <source>Could not save your digits to %1: %2</source>
        <translation>无法把你的数字保存到 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="297"/>
        <source>Labelled %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="303"/>
        <source>Labelled %1; the network reads %2</source>
        <translation>标签 %1；网络识别为 %2</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="100"/>
        <source>About this view</source>
        <translation>关于此视图</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="102"/>
        <source>Collect your own handwriting: draw a digit on the pad, then click the digit it is to add it to your set. The list shows what the network reads in each (red: read wrong). Fine-tuning trains the network a little on your digits, mixed with MNIST so that it does not forget MNIST.</source>
        <translation>收集你自己的笔迹：在手写板上写一个数字，再点击它对应的数字，把它加入你的字迹集。列表显示网络对每个数字的识别结果（红色：识别错误）。微调会用你的数字（混入 MNIST，以免网络忘掉 MNIST）对网络稍作训练。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="106"/>
        <source>Show or hide the explanation of this view</source>
        <translation>显示或隐藏此视图的说明</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="110"/>
        <source>This digit is:</source>
        <translation>这个数字是：</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="111"/>
        <source>Click the digit you drew to add the drawing to your set with that label</source>
        <translation>点击你写的数字，把手写板上的数字以该标签加入你的字迹集</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="113"/>
        <source>Add the drawing on the pad to your set as a %1</source>
        <translation>把手写板上的数字作为 %1 加入你的字迹集</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="114"/>
        <source>Add as %1</source>
        <translation>作为 %1 加入</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="144"/>
        <source>Your set is empty. Draw a digit on the pad (left), then click the digit it is above: it appears here.</source>
        <translation>你的字迹集是空的。在手写板（左侧）上写一个数字，再点击上方它对应的数字：它就会出现在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="308"/>
        <source>%1 digits in your set</source>
        <translation>字迹集中有 %1 个数字</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="308"/>
        <source>1 digit in your set</source>
        <translation>你的字迹集里有 1 个数字</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="311"/>
        <source>The network reads your 1 digit right</source>
        <translation>网络读对了你的 1 个数字</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="312"/>
        <source>The network reads your 1 digit wrong</source>
        <translation>网络读错了你的 1 个数字</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="313"/>
        <source>The network reads %1 of your %2 digits right (%3 %)</source>
        <translation>网络正确识别了你的 %2 个数字中的 %1 个（%3 %）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="339"/>
        <source>Added as a %1. Clear the pad (Esc) and draw the next digit.</source>
        <translation>已作为 %1 加入。清空手写板 (Esc)，再写下一个数字。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="341"/>
        <source>Draw a digit on the pad first.</source>
        <translation>请先在手写板上写一个数字。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="343"/>
        <source>The network reads %1 (marked). Click the digit you drew.</source>
        <translation>网络读作 %1（已标出）。请点击你写的数字。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="344"/>
        <source>Click the digit you drew.</source>
        <translation>请点击你写的数字。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="381"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="391"/>
        <source>Round %1 of %2 · your digits %3 %</source>
        <translation>第 %1 / %2 轮 · 你的数字 %3 %</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="402"/>
        <source>Fine-tuning failed: %1</source>
        <translation>微调失败：%1</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="410"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="412"/>
        <source>Fine-tuned: your digits %1 % → %2 %; MNIST test accuracy %3 % → %4 %</source>
        <translation>微调完成：你的数字 %1 % → %2 %；MNIST 测试准确率 %3 % → %4 %</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="425"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../gui/areas/my_handwriting/personal_view.py" line="426"/>
        <source>Fine-tuning cancelled: the network is unchanged.</source>
        <translation>微调已取消：网络没有改变。</translation>
    </message>
</context>
<context>
    <name>PredictionPanel</name>
    <message>
        <location filename="../../gui/left_column/prediction_panel.py" line="275"/>
        <location filename="../../gui/left_column/prediction_panel.py" line="285"/>
        <source>What the network sees</source>
        <translation>网络看到的图像</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/prediction_panel.py" line="276"/>
        <source>The ten outputs (orange: the winner)</source>
        <translation>十个输出（橙色：得分最高）</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/prediction_panel.py" line="278"/>
        <source>How strongly each output neuron fires, 0 to 1. The network looks at your digit five times, as drawn and moved one pixel right, left, down and up; the output neurons read the average of the five looks.</source>
        <translation>每个输出神经元的激活强度，0 到 1。网络把你的数字看五次：原样一次，再向右、左、下、上各移一个像素；输出神经元读的是这五次观察的平均。</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/prediction_panel.py" line="281"/>
        <source>The ten outputs</source>
        <translation>十个输出</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/prediction_panel.py" line="282"/>
        <source>Predicted digit</source>
        <translation>预测的数字</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/prediction_panel.py" line="283"/>
        <source>The digit the network reads on the drawing pad</source>
        <translation>网络从手写板上读出的数字</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/prediction_panel.py" line="284"/>
        <source>How sure the network is</source>
        <translation>网络有多确定</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/prediction_panel.py" line="286"/>
        <source>The drawing as the network&apos;s 28×28 input image</source>
        <translation>你的书写变成网络的 28×28 输入图像</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/prediction_panel.py" line="288"/>
        <source>Your strokes as the network gets them: stood upright, redrawn with the width of MNIST&apos;s pen, 20 px high and centred by their mass, like MNIST&apos;s digits</source>
        <translation>网络得到的是你的笔画：先扶正倾斜，再用 MNIST 的笔宽重画，高 20 像素，按质心居中，和 MNIST 的数字一样</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/prediction_panel.py" line="291"/>
        <source>Why this answer?</source>
        <translation>为什么是这个答案？</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/prediction_panel.py" line="292"/>
        <source>Which hidden nodes voted for this answer (the Why? tab)</source>
        <translation>哪些隐藏节点投票支持这个答案（“为什么？”页）</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/prediction_panel.py" line="293"/>
        <source>A guess: this network has not been trained yet.</source>
        <translation>只是猜测：这个网络还没有训练过。</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/prediction_panel.py" line="317"/>
        <source>output %1</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/prediction_panel.py" line="320"/>
        <source>not sure: %1</source>
        <translation>不确定：%1</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/prediction_panel.py" line="323"/>
        <source>then %1: %2</source>
        <translation>其次 %1：%2</translation>
    </message>
</context>
<context>
    <name>RunsView</name>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="64"/>
        <source>Every run of this session. Tick runs to draw them, dotted, over the charts on the Learning tab.</source>
        <translation>本次会话的每一次训练。勾选后，它们会以点线叠加在“学习”页的图表上。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="68"/>
        <source>Overlay</source>
        <translation>叠加</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="68"/>
        <source>Run</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="68"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="68"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="68"/>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="68"/>
        <source>Training time</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="79"/>
        <source>No runs yet: press Start (F5) to train. Each run appears here, to compare with the next.</source>
        <translation>还没有运行记录：按“开始”（F5）训练。每次运行都会列在这里，便于与下一次比较。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="81"/>
        <source>Save run…</source>
        <translation>保存训练…</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="82"/>
        <source>Save the selected run&apos;s network with its training history (.npz)</source>
        <translation>保存所选训练的网络及其训练历史（.npz）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="83"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="84"/>
        <source>Save the selected run&apos;s curves and epoch results as CSV</source>
        <translation>把所选训练的曲线和每轮结果保存为 CSV</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="114"/>
        <source>Draw this run over the charts</source>
        <translation>把这次训练叠加到图表上</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="141"/>
        <source>lr %1 · batch %2 · %3 hidden · epochs %4</source>
        <translation>学习率 %1 · 批大小 %2 · %3 个隐藏节点 · %4 轮</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="148"/>
        <source> · augmented</source>
        <translation> · 数据增强</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="150"/>
        <source> · + pen digits</source>
        <translation> · + 笔写数字</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="152"/>
        <source> · practising mistakes %1 %</source>
        <translation> · 练习错题 %1 %</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="154"/>
        <source> · continued from %1</source>
        <translation> · 接续 %1</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="159"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="160"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="161"/>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="162"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="163"/>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="168"/>
        <source> in epoch %1</source>
        <translation>（第 %1 轮）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="170"/>
        <source> after %1 of %2 epochs</source>
        <translation>（完成 %1 / %2 轮）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="215"/>
        <source>Could not save the run to %1: %2</source>
        <translation>无法把训练保存到 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="227"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="238"/>
        <source>Save run</source>
        <translation>保存训练</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="238"/>
        <source>DigitLab models (*.npz)</source>
        <translation>DigitLab 模型 (*.npz)</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="248"/>
        <source>Export run history</source>
        <translation>导出训练历史</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/runs_view.py" line="248"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>SampleView</name>
    <message>
        <location filename="../../gui/left_column/sample_view.py" line="97"/>
        <source>The sample being learned</source>
        <translation>正在学习的样本</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/sample_view.py" line="105"/>
        <source>The sample being learned appears here, with its outputs, target and error</source>
        <translation>这里显示正在学习的样本，及其输出、目标值和误差</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/sample_view.py" line="120"/>
        <source>Learning the digit %1: %2 output %3, %4 target 0.99, %5 error %6</source>
        <translation>正在学习数字 %1：%2 输出 %3，%4 目标值 0.99，%5 误差 %6</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/sample_view.py" line="128"/>
        <source>it said %1 (%2)</source>
        <translation>它说是 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/sample_view.py" line="131"/>
        <source>%1: output %2, target %3, error %4</source>
        <translation>%1：输出 %2，目标值 %3，误差 %4</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/sample_view.py" line="136"/>
        <source>Blue bars: the outputs; lines: the target; green or red strips: the error (target − output)</source>
        <translation>蓝色条：输出；横线：目标值；绿色或红色条带：误差（目标值 − 输出）</translation>
    </message>
</context>
<context>
    <name>SamplesStrip</name>
    <message>
        <location filename="../../gui/left_column/samples_strip.py" line="20"/>
        <source>The digits it is training on now:</source>
        <translation>正在训练的数字：</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/samples_strip.py" line="27"/>
        <source>Digits the network is training on now</source>
        <translation>网络此刻正在训练的数字</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/samples_strip.py" line="42"/>
        <source>While training, the digits being learned appear here (with Augment on: warped)</source>
        <translation>训练时，这里显示正在学习的数字（开启数据增强时：变形后的数字）</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/samples_strip.py" line="51"/>
        <source>Labels: %1</source>
        <translation>标签：%1</translation>
    </message>
</context>
<context>
    <name>StartChoiceDialog</name>
    <message>
        <location filename="../../gui/dialogs/start_choice.py" line="18"/>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/start_choice.py" line="21"/>
        <source>This network has already learned from %1 samples, though no epoch has ended.</source>
        <translation>这个网络已经学习了 %1 个样本，但还没有完成一轮。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/start_choice.py" line="23"/>
        <source>This network has already been trained (epochs: %1).</source>
        <translation>这个网络已经训练过了（轮数：%1）。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/start_choice.py" line="25"/>
        <source>This network has already been trained (epochs: %1, test accuracy %2).</source>
        <translation>这个网络已经训练过（轮数：%1，测试准确率 %2）。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/start_choice.py" line="29"/>
        <source>A new network starts from random weights, so runs compare fairly. Continuing trains these weights further.</source>
        <translation>新网络从随机权重开始，各次运行才能公平比较。继续训练则在这些权重上接着学。</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/start_choice.py" line="31"/>
        <source>Train a &amp;new network</source>
        <translation>训练一个新网络(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/start_choice.py" line="34"/>
        <source>&amp;Continue training, epoch %1 → %2</source>
        <translation>继续训练(&amp;C)，第 %1 → %2 轮</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/start_choice.py" line="35"/>
        <source>&amp;Continue training for 1 epoch</source>
        <translation>继续训练 1 轮(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/start_choice.py" line="36"/>
        <source>&amp;Continue training for %1 epochs</source>
        <translation>继续训练 %1 轮(&amp;C)</translation>
    </message>
</context>
<context>
    <name>StepView</name>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="295"/>
        <source>The pad is empty.</source>
        <translation>画板是空的。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="300"/>
        <source>Your drawing, with the label %1: the network&apos;s reading. Click the digit you drew if that is wrong.</source>
        <translation>你写的数字，标签为 %1：这是神经网络的识别结果。如果不对，请点你写的数字。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="303"/>
        <source>Your drawing, with the label %1.</source>
        <translation>你写的数字，标签为 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="307"/>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="368"/>
        <source>MNIST is still loading.</source>
        <translation>MNIST 还在加载。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="311"/>
        <source>Training image %1 of %2, label %3.</source>
        <translation>训练图像 %1 / %2，标签 %3。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="364"/>
        <source>There is no network yet.</source>
        <translation>还没有神经网络。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="366"/>
        <source>Draw a digit on the pad first, or choose an MNIST training image.</source>
        <translation>先在画板上写一个数字，或者选一张 MNIST 训练图像。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="370"/>
        <source>The pad&apos;s digit does not fit this network&apos;s inputs.</source>
        <translation>画板上的数字和这个神经网络的输入个数不符。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="378"/>
        <source>A run, sweep or fine-tune is going on: steps go to the private copy until it ends.</source>
        <translation>正在训练、参数扫描或微调：结束之前，每一步只作用在副本上。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="379"/>
        <source>Checked: the step changes the app&apos;s network, as training on this one sample would. Unchecked: a private copy.</source>
        <translation>勾选：这一步改变程序的神经网络，就像用这一个样本训练一样。不勾选：只改变一个副本。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="383"/>
        <source>Each step changes the app&apos;s network.</source>
        <translation>每一步都会改变程序里的神经网络。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="385"/>
        <source>Steps go to a private copy of the app&apos;s network, made at the first step; the app&apos;s network stays as it is.</source>
        <translation>每一步作用在程序神经网络的一个副本上（第一步时复制）；程序的神经网络保持不变。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="387"/>
        <source>Steps go to a private copy of the app&apos;s network: 1 step so far. It starts afresh when the app&apos;s network changes.</source>
        <translation>每一步作用在程序神经网络的副本上：已经走了 1 步。程序的神经网络改变时，副本重新开始。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="390"/>
        <source>Steps go to a private copy of the app&apos;s network: %1 steps so far. It starts afresh when the app&apos;s network changes.</source>
        <translation>每一步作用在程序神经网络的副本上：已经走了 %1 步。程序的神经网络改变时，副本重新开始。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="416"/>
        <source>%1 values, %2</source>
        <translation>%1 个值，%2</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="420"/>
        <source>%1 values, %2 (colours: ±%3)</source>
        <translation>%1 个值，%2（颜色范围 ±%3）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="422"/>
        <source>%1 values, %2 (black 0, white 1)</source>
        <translation>%1 个值，%2（黑为 0，白为 1）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="427"/>
        <source>The network&apos;s answer: %1 (the label: %2).</source>
        <translation>神经网络的答案：%1（标签：%2）。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="432"/>
        <source>Click a cell: that weight&apos;s derivation, below</source>
        <translation>点击一个格子：下方显示该权重的推导</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="434"/>
        <source>Rows: the %1 output nodes; columns: the hidden nodes. Colours: ±%2, the largest change.</source>
        <translation>行：%1 个输出节点；列：隐藏节点。颜色范围 ±%2，即最大的变化。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="455"/>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="456"/>
        <source>Hidden node %1: its 784 incoming weights change by this (largest change ±%2). Click a pixel: that weight&apos;s derivation, below</source>
        <translation>隐藏节点 %1：它的 784 个输入权重的变化量（最大变化 ±%2）。点击一个像素：下方显示该权重的推导</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="459"/>
        <source>The %1 hidden nodes whose weights changed most (colours: ±%2). Each row is α × the node&apos;s hidden error × its sigmoid slope × the inputs: the digit itself: red when the node is to fire more for it, blue when less.</source>
        <translation>权重变化最大的 %1 个隐藏节点（颜色范围 ±%2）。每一行都是 α × 该节点的误差 × 它的 sigmoid 斜率 × 输入：就是这个数字本身；节点应对它输出更大时为红色，更小时为蓝色。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="462"/>
        <source>All %1 rows: largest change %2, smallest %3.</source>
        <translation>全部 %1 行：最大变化 %2，最小 %3。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="471"/>
        <source>The step lowered this sample&apos;s error from %1 to %2 (%3 % less).</source>
        <translation>这一步把这个样本的误差从 %1 降到 %2（减少 %3 %）。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="473"/>
        <source>&lt;b&gt;The step did not lower this sample&apos;s error&lt;/b&gt; (%1 → %2). The learning rate α = %3 may be too large: the step overshoots.</source>
        <translation>&lt;b&gt;这一步没有降低这个样本的误差&lt;/b&gt;（%1 → %2）。学习率 α = %3 可能太大：这一步走过头了。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="483"/>
        <source>The input layer: the sample&apos;s pixels, scaled to 0.01–1.0 (an input of 0 would stop its weights from learning).</source>
        <translation>输入层：样本的像素，缩放到 0.01–1.0（输入为 0 时，更新参数的表达式等于 0，它的权重就学不到东西）。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="484"/>
        <source>Signals into the hidden layer: each of the %1 hidden nodes adds up its weighted inputs. One column per hidden node, in the same order in every strip; blue negative, red positive.</source>
        <translation>隐藏层的输入信号：%1 个隐藏节点各自把输入加权求和。每个隐藏节点一列，每条色带里的顺序相同；蓝色为负，红色为正。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="485"/>
        <source>Signals out of the hidden layer: the sigmoid squashes each sum into 0–1.</source>
        <translation>隐藏层的输出信号：sigmoid 函数把每个加权和压缩到 0–1 之间。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="486"/>
        <source>Signals into the output layer: each output node adds up the weighted hidden outputs.</source>
        <translation>输出层的输入信号：每个输出节点把隐藏层的输出加权求和。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="487"/>
        <source>Signals out of the output layer, and the targets: 0.99 for the label, 0.01 for the other digits.</source>
        <translation>输出层的输出信号，以及目标值：标签对应的节点为 0.99，其他数字为 0.01。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="488"/>
        <source>The loss (the error function) for this sample, before the step.</source>
        <translation>这一步之前，这个样本的损失函数（误差函数）的值。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="489"/>
        <source>The output layer&apos;s error: the target minus the output, for each output node.</source>
        <translation>输出层的误差：每个输出节点的目标值减去输出。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="490"/>
        <source>The hidden layer&apos;s error: the output errors split back along the weights W&lt;sub&gt;ho&lt;/sub&gt; (as they were before the step).</source>
        <translation>隐藏层的误差：输出误差沿着权重 W&lt;sub&gt;ho&lt;/sub&gt;（更新之前的）反向分配回来。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="491"/>
        <source>How the weight matrix between the hidden and the output layer changes: the learning rate α (%1) × each output&apos;s error × the sigmoid&apos;s slope there, times each hidden output. ∗ multiplies element by element.</source>
        <translation>隐藏层和输出层之间的权重矩阵怎样变化：学习率 α（%1）× 每个输出的误差 × sigmoid 在那里的斜率，再乘以每个隐藏层输出。∗ 是逐元素相乘。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="492"/>
        <source>How the weight matrix between the input and the hidden layer changes: the same rule one layer down, with the hidden errors and the inputs.</source>
        <translation>输入层和隐藏层之间的权重矩阵怎样变化：往下一层用同样的规则，换成隐藏层的误差和输入。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="493"/>
        <source>Both weight matrices take their step; the same sample&apos;s loss with the new weights.</source>
        <translation>两个权重矩阵都更新一步；再用新的权重算同一个样本的损失。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="534"/>
        <source>One training step, explained</source>
        <translation>一步训练，逐项讲解</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="536"/>
        <source>In the tutorial&apos;s names: W&lt;sub&gt;ih&lt;/sub&gt; is the weight matrix from the input layer to the hidden layer, W&lt;sub&gt;ho&lt;/sub&gt; from the hidden layer to the output layer; α is the learning rate; · is the matrix product, ∗ multiplies element by element, &lt;sup&gt;T&lt;/sup&gt; transposes.</source>
        <translation>沿用教程的名称：W&lt;sub&gt;ih&lt;/sub&gt; 是输入层到隐藏层的权重矩阵，W&lt;sub&gt;ho&lt;/sub&gt; 是隐藏层到输出层的权重矩阵；α 是学习率；· 是矩阵点乘，∗ 是逐元素相乘，&lt;sup&gt;T&lt;/sup&gt; 是转置。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="540"/>
        <source>An MNIST &amp;training image:</source>
        <translation>一张 MNIST 训练图像(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="541"/>
        <source>The digit on the &amp;pad</source>
        <translation>画板上的数字(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="542"/>
        <source>Step on MNIST&apos;s training images, one after the other</source>
        <translation>用 MNIST 的训练图像一张接一张地训练</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="543"/>
        <source>Step on the digit drawn on the pad, with the label you give it</source>
        <translation>用画板上写的数字训练，标签由你给出</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="544"/>
        <source>Which training image (Step then goes on with the next)</source>
        <translation>哪一张训练图像（再按“单步”就接着用下一张）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="545"/>
        <source>Training image number</source>
        <translation>训练图像编号</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="546"/>
        <source>&amp;Random</source>
        <translation>随机(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="547"/>
        <source>A random training image</source>
        <translation>随机选一张训练图像</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="548"/>
        <source>Its label:</source>
        <translation>它的标签：</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="550"/>
        <source>The digit on the pad is a %1: the step&apos;s target</source>
        <translation>画板上的数字是 %1：这一步的目标值</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="551"/>
        <source>Label %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="552"/>
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="553"/>
        <source>One training step on the chosen sample, explained below</source>
        <translation>用选中的样本训练一步，下面逐项讲解</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="554"/>
        <source>&amp;Apply to the app&apos;s network</source>
        <translation>应用到程序的神经网络(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="555"/>
        <source>Start the copy afresh</source>
        <translation>副本重新开始</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/step_view.py" line="556"/>
        <source>Forget the private copy&apos;s steps: the next step copies the app&apos;s network again</source>
        <translation>丢掉副本走过的步：下一步重新复制程序的神经网络</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="62"/>
        <source>Train a fresh network for one epoch per value and compare the test accuracy each one reaches.</source>
        <translation>为每个取值训练一个全新的网络一轮，比较各自达到的测试准确率。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="65"/>
        <location filename="../../gui/areas/results/sweep_view.py" line="123"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="66"/>
        <location filename="../../gui/areas/results/sweep_view.py" line="123"/>
        <source>Hidden nodes</source>
        <translation>隐藏节点</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="67"/>
        <source>The setting the sweep varies</source>
        <translation>扫描时改变的设置</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="69"/>
        <source>The values to try, separated by commas</source>
        <translation>要尝试的取值，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="73"/>
        <source>Hidden nodes of every network in the sweep, unless the sweep varies them</source>
        <translation>扫描中每个网络的隐藏节点数（除非扫描的就是它）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="74"/>
        <source>Learning rate of every network in the sweep, unless the sweep varies it</source>
        <translation>扫描中每个网络的学习率（除非扫描的就是它）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="76"/>
        <source>Samples per weight update; 1 is the tutorial&apos;s one-at-a-time rule</source>
        <translation>每次更新权重所用的样本数；1 即教程中逐个样本训练的规则</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="78"/>
        <source>Each value trains on the first this-many training images</source>
        <translation>每个取值只用前这么多张训练图像</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="83"/>
        <source>Start sweep</source>
        <translation>开始扫描</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="84"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="85"/>
        <source>Train a fresh network for each value, one after the other</source>
        <translation>对每个取值依次训练一个新网络</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="86"/>
        <source>Stop the sweep</source>
        <translation>停止扫描</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="88"/>
        <source>Not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="89"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="90"/>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="91"/>
        <source>Save the chart as PNG or SVG</source>
        <translation>把图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="92"/>
        <source>Save the sweep&apos;s results as CSV</source>
        <translation>把扫描结果保存为 CSV</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="100"/>
        <source>test accuracy (%)</source>
        <translation>测试准确率 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="115"/>
        <source>Press “Start sweep” to train a fresh network for each value: the test accuracy each one reaches appears here.</source>
        <translation>按“开始扫描”为每个取值训练一个新网络：各自达到的测试准确率会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="122"/>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="122"/>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="124"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="124"/>
        <source>Training images</source>
        <translation>训练图像数</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="178"/>
        <source>Enter the values to try, separated by commas, e.g. 0.01, 0.1, 0.3</source>
        <translation>请输入要尝试的取值，用逗号分隔，例如 0.01, 0.1, 0.3</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="184"/>
        <source>“%1” is not a number. Enter numbers separated by commas, e.g. 0.01, 0.1, 0.3</source>
        <translation>“%1”不是数字。请输入用逗号分隔的数字，例如 0.01, 0.1, 0.3</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="186"/>
        <source>Learning rates must be greater than 0 (and at most 100): %1 is not</source>
        <translation>学习率必须大于 0（且不超过 100）：%1 不符合</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="188"/>
        <source>Hidden nodes must be whole numbers from 1 to %1: %2 is not</source>
        <translation>隐藏节点数必须是 1 到 %1 之间的整数：%2 不符合</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="192"/>
        <source>At most %1 values, please</source>
        <translation>最多 %1 个取值</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="206"/>
        <source>Waiting for MNIST to load…</source>
        <translation>正在等待 MNIST 加载…</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="208"/>
        <source>A sweep can start when the training on the Learning tab has ended.</source>
        <translation>“学习”页的训练结束后才能开始扫描。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="270"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="279"/>
        <source>Value %1 of %2 (%3) · %4 %</source>
        <translation>第 %1 / %2 个取值（%3）· %4 %</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="290"/>
        <source>The sweep failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="299"/>
        <source>Done: %1 values</source>
        <translation>完成：%1 个取值</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="301"/>
        <source>Cancelled after %1 of %2 values</source>
        <translation>已取消：完成 %1 / %2 个取值</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="303"/>
        <source>Failed after %1 of %2 values</source>
        <translation>失败：完成 %1 / %2 个取值</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="314"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="314"/>
        <source>hidden nodes</source>
        <translation>隐藏节点</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="315"/>
        <source> (log scale)</source>
        <translation>（对数刻度）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="316"/>
        <source>Test accuracy after one epoch, by %1</source>
        <translation>训练一轮后的测试准确率，按%1</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="333"/>
        <source> (diverged)</source>
        <translation>（已发散）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="353"/>
        <location filename="../../gui/areas/results/sweep_view.py" line="363"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="366"/>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="373"/>
        <source>Export sweep</source>
        <translation>导出扫描结果</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="373"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="380"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../gui/areas/results/sweep_view.py" line="380"/>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../gui/dialogs/tour.py" line="79"/>
        <source>Skip the tour</source>
        <translation>跳过导览</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tour.py" line="80"/>
        <source>End the tour; Help → Tour shows it again</source>
        <translation>结束导览；帮助 → 导览可再次打开</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tour.py" line="82"/>
        <source>The next control</source>
        <translation>下一个控件</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tour.py" line="103"/>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tour.py" line="104"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/tour.py" line="81"/>
        <location filename="../../gui/dialogs/tour.py" line="104"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>TrainingCharts</name>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="196"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="196"/>
        <source>loss  ½Σ(t−o)²</source>
        <translation>损失  ½Σ(t−o)²</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="197"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="197"/>
        <source>accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="198"/>
        <location filename="../../gui/areas/learning/charts.py" line="199"/>
        <location filename="../../gui/areas/learning/charts.py" line="296"/>
        <source>samples seen</source>
        <translation>已学习的样本数</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="200"/>
        <source>Loss chart</source>
        <translation>损失图</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="201"/>
        <source>Training loss against samples seen, from the start of the run, averaged and smoothed</source>
        <translation>训练损失随已学习样本数的变化，从本次运行开始，取平均并平滑</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="204"/>
        <source>Training accuracy against samples seen, and test accuracy at the start and at the end of each epoch</source>
        <translation>训练准确率随已学习样本数的变化，以及开始时和每轮结束时的测试准确率</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="211"/>
        <source>average, last 1,000 samples</source>
        <translation>最近 1,000 个样本的平均</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="213"/>
        <source>smoothed (5,000 samples)</source>
        <translation>平滑（5,000 个样本）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="217"/>
        <location filename="../../gui/areas/learning/charts.py" line="309"/>
        <source>training, last 1,000 samples</source>
        <translation>训练，最近 1,000 个样本</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="219"/>
        <source>test set: new images</source>
        <translation>测试集：没见过的图像</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="229"/>
        <source>After the first epoch, show the recent loss in detail. Untick to see the whole curve from its start.</source>
        <translation>第一轮之后，放大显示最近的损失。取消勾选可看到从头开始的整条曲线。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="231"/>
        <source>After the first epoch, show the accuracy from a little below the recent values to 100 %. Untick for the whole 0–100 %.</source>
        <translation>第一轮之后，准确率轴从略低于最近的数值显示到 100 %。取消勾选则显示完整的 0–100 %。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="270"/>
        <source>test set: %1 new images</source>
        <translation>测试集：%1 张没见过的图像</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="295"/>
        <source>samples seen in this run (it continues from epoch %1)</source>
        <translation>本次训练已见样本数（接续第 %1 轮）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="303"/>
        <source>training on warped digits, mostly its&lt;br&gt;mistakes (harder than the test set)</source>
        <translation>训练：变形且多是认错的数字（更难）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="305"/>
        <source>training, mostly on its mistakes&lt;br&gt;(harder than the test set)</source>
        <translation>训练：多是认错的数字（比测试集难）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="307"/>
        <source>training on warped digits&lt;br&gt;(harder than the test set), last 1,000</source>
        <translation>变形数字上训练（比测试集难）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="372"/>
        <source>Press Start (F5) to train on %1 digits.</source>
        <translation>按“开始”（F5），用 %1 个数字训练。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="374"/>
        <source>Press Start (F5) to train the network.</source>
        <translation>按“开始”（F5）训练网络。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="376"/>
        <source>How far its ten outputs are from the right answers is drawn here as it learns.</source>
        <translation>网络学习时，这里画出它的十个输出与正确答案相差多远。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="377"/>
        <source>How many digits it gets right is drawn here as it learns, from about 10 % (guessing) up.</source>
        <translation>网络学习时，这里画出它认对了多少数字：从约 10 %（瞎猜）开始上升。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="427"/>
        <source>epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="202"/>
        <source>Accuracy chart</source>
        <translation>准确率图</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="228"/>
        <location filename="../../gui/areas/learning/charts.py" line="230"/>
        <source>Zoom</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="254"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="257"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/charts.py" line="257"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="50"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="54"/>
        <source>Tutorial (batch 1, lr 0.1, 5 epochs)</source>
        <translation>教程（批大小 1，学习率 0.1，5 轮）</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="55"/>
        <source>Fast (batch 16, lr 1, 8 epochs)</source>
        <translation>快速（批大小 16，学习率 1，8 轮）</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="57"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="65"/>
        <source>How many times to go through the 60,000 training images</source>
        <translation>把 60,000 张训练图片过几遍</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="68"/>
        <source>How far each weight moves per step (can be changed while training)</source>
        <translation>每一步权重移动多少（训练中也可以修改）</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="70"/>
        <source>Number of sigmoid nodes in the hidden layer (takes effect on Reset or Start from scratch)</source>
        <translation>隐藏层 sigmoid 节点的个数（在重置或从头开始时生效）</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="72"/>
        <source>Samples per weight update; 1 is the tutorial&apos;s one-at-a-time rule</source>
        <translation>每次更新权重用的样本数；1 就是教程中一次一个样本的规则</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="74"/>
        <source>Random seed for the initial weights and the shuffling</source>
        <translation>初始权重和打乱顺序用的随机种子</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="75"/>
        <source>Augment: &amp;warped digits</source>
        <translation>数据增强：变形数字(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="56"/>
        <source>Robust (batch 16, lr 1, augmented, + pen digits, 14 epochs)</source>
        <translation>稳健（批大小 16，学习率 1，数据增强，+ 笔写数字，14 轮）</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="59"/>
        <source>Tutorial: the tutorial&apos;s settings. Fast: mini-batches, over 97.5 % in seconds. Robust: trains on varied digits and people&apos;s pen digits, and from the second epoch practises the ones it got wrong (three quarters of each epoch), so it reads drawings best.</source>
        <translation>教程：教程的设置。快速：小批量，几秒内超过 97.5 %。稳健：用多样的数字和真人的笔写数字训练，并从第二轮起练习它认错的那些（每轮的四分之三），最能读懂你画的数字。</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="84"/>
        <source>Mix real people&apos;s pen-written digits into every epoch: 6,908 digits by 73 writers on tablets (UNIPEN, CC BY 4.0), drawn the way the pad draws yours, so the network reads more kinds of handwriting</source>
        <translation>每一轮都混入真人用笔写的数字：73 位书写者在手写板上写的 6,908 个数字（UNIPEN，CC BY 4.0），按手写板画你的数字的方式画出，让网络认得更多种笔迹</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="95"/>
        <source>Pr&amp;eset</source>
        <translation>预设(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="100"/>
        <source>Epo&amp;chs</source>
        <translation>轮数(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="100"/>
        <source>&amp;Learning rate</source>
        <translation>学习率(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="101"/>
        <source>H&amp;idden nodes</source>
        <translation>隐藏节点(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="101"/>
        <source>Batch si&amp;ze</source>
        <translation>批大小(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="102"/>
        <source>See&amp;d</source>
        <translation>随机种子(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="124"/>
        <location filename="../../gui/left_column/training_panel.py" line="330"/>
        <location filename="../../gui/left_column/training_panel.py" line="350"/>
        <source>Pa&amp;use</source>
        <translation>暂停(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="126"/>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="135"/>
        <source>Full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="136"/>
        <source>1,000 samples a second</source>
        <translation>每秒 1,000 个样本</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="137"/>
        <source>100 samples a second</source>
        <translation>每秒 100 个样本</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="138"/>
        <source>10 samples a second</source>
        <translation>每秒 10 个样本</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="139"/>
        <source>One sample at a time</source>
        <translation>一次一个样本</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="140"/>
        <source>How fast to train, to watch it learn (can be changed while training). The result is the same at every pace.</source>
        <translation>训练的快慢，便于观察它如何学习（训练中也可以修改）。无论哪种速度，结果都一样。</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="142"/>
        <source>Ne&amp;xt sample</source>
        <translation>下一个样本(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="144"/>
        <source>Learn one more sample, or one mini-batch (F8)</source>
        <translation>再学习一个样本或一个小批量 (F8)</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="146"/>
        <source>The run diverged: set this smaller learning rate, then press Start</source>
        <translation>训练发散了：设为这个更小的学习率，再按“开始”</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="150"/>
        <location filename="../../gui/left_column/training_panel.py" line="152"/>
        <source>Pace</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="168"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="169"/>
        <source>Training progress</source>
        <translation>训练进度</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="170"/>
        <source>Speed and time left</source>
        <translation>速度与剩余时间</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="259"/>
        <source>Use learning rate %1</source>
        <translation>使用学习率 %1</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="330"/>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="358"/>
        <source>One sample at a time (F8)</source>
        <translation>一次一个样本（F8）</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="403"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="406"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="408"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="121"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="77"/>
        <source>Train on digits randomly rotated, slanted, resized, shifted and drawn thinner or thicker, on some 9s turned upside down as 6s (a 6 with a big loop, which MNIST seldom has) and on some 1s given a flag at the top, so the network reads handwriting unlike MNIST&apos;s</source>
        <translation>用随机旋转、倾斜、缩放、平移并加粗或变细的数字训练，也用一些倒过来的 9 当作 6（大圈的 6，MNIST 里很少见），还给一些 1 的顶上加一笔小钩，让网络也能读懂和 MNIST 不一样的手写体</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="82"/>
        <source>+ pen digits</source>
        <translation>+ 笔写数字</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="122"/>
        <source>Start training (F5)</source>
        <translation>开始训练 (F5)</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="125"/>
        <source>Pause or resume training (F6)</source>
        <translation>暂停或继续训练 (F6)</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="127"/>
        <source>Stop training; the weights learned so far are kept (F7)</source>
        <translation>停止训练，保留已学到的权重 (F7)</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="128"/>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="129"/>
        <source>New random weights with the chosen hidden nodes and seed</source>
        <translation>按所选的隐藏节点数和随机种子生成新的随机权重</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="159"/>
        <source>Not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="160"/>
        <source>Progress over the whole run</source>
        <translation>整个训练的进度</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="355"/>
        <source>Epoch %1/%2 · %3 %</source>
        <translation>第 %1/%2 轮 · %3 %</translation>
    </message>
    <message>
        <location filename="../../gui/left_column/training_panel.py" line="164"/>
        <location filename="../../gui/left_column/training_panel.py" line="362"/>
        <source>%1 samples/s · %2 left</source>
        <translation>%1 样本/秒 · 还剩 %2</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../gui/window/session.py" line="99"/>
        <source>Could not load the dataset: %1</source>
        <translation>无法加载数据集：%1</translation>
    </message>
    <message>
        <location filename="../../gui/window/session.py" line="101"/>
        <source>The current dataset stays.</source>
        <translation>当前数据集保持不变。</translation>
    </message>
    <message>
        <location filename="../../gui/window/session.py" line="150"/>
        <source> + your digits</source>
        <translation> + 你的手写数字</translation>
    </message>
    <message>
        <location filename="../../gui/window/session.py" line="197"/>
        <source>a trained network</source>
        <translation>一个已训练的网络</translation>
    </message>
    <message>
        <location filename="../../gui/window/session.py" line="211"/>
        <source>#%1 lr %2, batch %3, %4 hidden</source>
        <translation>#%1 学习率 %2，批大小 %3，%4 个隐藏节点</translation>
    </message>
    <message>
        <location filename="../../gui/window/session.py" line="218"/>
        <source>, augmented</source>
        <translation>，数据增强</translation>
    </message>
    <message>
        <location filename="../../gui/window/session.py" line="220"/>
        <source>, + pen digits</source>
        <translation>，+ 笔写数字</translation>
    </message>
    <message>
        <location filename="../../gui/window/session.py" line="222"/>
        <source>, continued from %1</source>
        <translation>，接续 %1</translation>
    </message>
    <message>
        <location filename="../../gui/window/session.py" line="328"/>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <location filename="../../gui/window/session.py" line="358"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>WeightDerivationView</name>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="287"/>
        <source>output node k:</source>
        <translation>输出节点 k：</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="287"/>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="288"/>
        <source>hidden node j:</source>
        <translation>隐藏节点 j：</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="288"/>
        <source>input pixel i:</source>
        <translation>输入像素 i：</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="291"/>
        <source>The node the weight leads to</source>
        <translation>权重所通向的节点</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="292"/>
        <source>The node (or input pixel: row × 28 + column) the weight comes from</source>
        <translation>权重来自的节点（或输入像素：行 × 28 + 列）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="310"/>
        <source>(the tutorial&apos;s error function; the loss above is half of it)</source>
        <translation>（教程的误差函数；上面的损失是它的一半）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="321"/>
        <source>(through every output sigmoid)</source>
        <translation>（经过每个输出节点的 sigmoid）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="322"/>
        <source>The tutorial&apos;s rule puts −2·e&lt;sub&gt;j&lt;/sub&gt; there instead, its hidden error e&lt;sub&gt;j&lt;/sub&gt; = Σ&lt;sub&gt;k&lt;/sub&gt; w&lt;sub&gt;j,k&lt;/sub&gt; (t&lt;sub&gt;k&lt;/sub&gt; − o&lt;sub&gt;k&lt;/sub&gt;), which leaves out o&lt;sub&gt;k&lt;/sub&gt;(1 − o&lt;sub&gt;k&lt;/sub&gt;): %1, so its product is %2.</source>
        <translation>教程的规则在这里用的是 −2·e&lt;sub&gt;j&lt;/sub&gt;，即它的隐藏层误差 e&lt;sub&gt;j&lt;/sub&gt; = Σ&lt;sub&gt;k&lt;/sub&gt; w&lt;sub&gt;j,k&lt;/sub&gt; (t&lt;sub&gt;k&lt;/sub&gt; − o&lt;sub&gt;k&lt;/sub&gt;)，其中没有 o&lt;sub&gt;k&lt;/sub&gt;(1 − o&lt;sub&gt;k&lt;/sub&gt;)：%1，所以它的乘积是 %2。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="326"/>
        <source>For this weight the two have opposite signs: the tutorial&apos;s step goes uphill, E rises.</source>
        <translation>对这个权重，两者符号相反：教程的更新方向朝上坡，E 会上升。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="327"/>
        <source>The tutorial drops the constant 2 and moves the weight against what is left, times α = %1:</source>
        <translation>教程去掉常数 2，把权重沿剩下部分的反方向移动，乘以学习率 α = %1：</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="332"/>
        <source>&lt;code&gt;train&lt;/code&gt; changed this weight by %1 in the step: a difference of %2 (rounding: the network computes in %3).</source>
        <translation>这一步中 &lt;code&gt;train&lt;/code&gt; 把这个权重改变了 %1：相差 %2（舍入误差：网络用 %3 计算）。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="340"/>
        <source>Measured by nudging: the weight moved by ±h and ±2h (h = %1), every other weight kept, and (E(w−2h) − 8E(w−h) + 8E(w+h) − E(w+2h)) ÷ 12h = %2. Derived: %3. Relative difference: %4.</source>
        <translation>轻推测量：把这个权重移动 ±h 和 ±2h（h = %1），其他权重不变，(E(w−2h) − 8E(w−h) + 8E(w+h) − E(w+2h)) ÷ 12h = %2。推导值：%3。相对差：%4。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="347"/>
        <source>The same for 1,000 weights picked at random from both matrices.</source>
        <translation>对两个矩阵中随机选出的 1,000 个权重做同样的检验。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="352"/>
        <source>%1 weights (%2 of W&lt;sub&gt;ho&lt;/sub&gt;, %3 of W&lt;sub&gt;ih&lt;/sub&gt;): largest relative difference %4 (slopes under %5 compared absolutely).</source>
        <translation>%1 个权重（W&lt;sub&gt;ho&lt;/sub&gt; 中 %2 个，W&lt;sub&gt;ih&lt;/sub&gt; 中 %3 个）：最大相对差 %4（小于 %5 的斜率按绝对差比较）。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="375"/>
        <source>α = %1</source>
        <translation>α = %1</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="378"/>
        <source>One step of α = %1 moves %2 by %3, and E falls by %4.</source>
        <translation>学习率 α = %1 时，一步把 %2 移动 %3，E 下降 %4。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="380"/>
        <source>One step of α = %1 moves %2 by %3: too little for E to change in float64.</source>
        <translation>学习率 α = %1 时，一步把 %2 移动 %3：太小了，E 在 float64 中没有变化。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="382"/>
        <source>One step of α = %1 moves %2 by %3, and E &lt;b&gt;rises&lt;/b&gt; by %4: the step overshoots (or points uphill).</source>
        <translation>学习率 α = %1 时，一步把 %2 移动 %3，E 反而&lt;b&gt;上升&lt;/b&gt; %4：这一步走过头了（或方向朝上坡）。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="388"/>
        <source>One weight, by the chain rule</source>
        <translation>一个权重的链式法则推导</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="389"/>
        <source>The tutorial&apos;s derivation for a single weight, with the last step&apos;s numbers. Click a cell of the ΔW&lt;sub&gt;ho&lt;/sub&gt; map above (hidden node j → output node k) or a pixel of a node&apos;s ΔW&lt;sub&gt;ih&lt;/sub&gt; image (input pixel i → hidden node j), or choose one here.</source>
        <translation>教程对单个权重的推导，代入上一步的数字。点击上方 ΔW&lt;sub&gt;ho&lt;/sub&gt; 图中的一个格子（隐藏节点 j → 输出节点 k），或某个节点的 ΔW&lt;sub&gt;ih&lt;/sub&gt; 图像中的一个像素（输入像素 i → 隐藏节点 j），也可以在这里选择。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="392"/>
        <source>Press Step: the derivation is shown for the weights before that step.</source>
        <translation>按“单步”：推导用的是这一步之前的权重。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="393"/>
        <source>A weight of W_ho: hidden node j → output node k</source>
        <translation>W_ho 中的权重：隐藏节点 j → 输出节点 k</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="394"/>
        <source>A weight of W_ih: input pixel i → hidden node j</source>
        <translation>W_ih 中的权重：输入像素 i → 隐藏节点 j</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="395"/>
        <source>Derive a weight between the hidden and the output layer</source>
        <translation>推导隐藏层与输出层之间的一个权重</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="396"/>
        <source>Derive a weight between the input and the hidden layer</source>
        <translation>推导输入层与隐藏层之间的一个权重</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="397"/>
        <source>The learning rate of the plotted step, 0.01 to 1,000: only this plot changes</source>
        <translation>图中这一步的学习率，0.01 到 1,000：只改变这张图</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="398"/>
        <source>Random weight</source>
        <translation>随机权重</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="399"/>
        <source>A weight of the chosen matrix at random</source>
        <translation>从所选矩阵中随机取一个权重</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="400"/>
        <source>Check 1,000 weights</source>
        <translation>检验 1,000 个权重</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="401"/>
        <source>Nudge 1,000 random weights one by one and compare each measured slope with the derived one</source>
        <translation>逐个轻推 1,000 个随机权重，把测得的斜率与推导出的斜率比较</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="402"/>
        <source>How E changes as this one weight moves, every other weight kept (the tutorial&apos;s E):</source>
        <translation>只移动这一个权重、其他权重不变时 E 的变化（教程的 E）：</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="405"/>
        <source>the tangent, slope ∂E/∂w</source>
        <translation>切线，斜率 ∂E/∂w</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="406"/>
        <source>where one step of α lands (drag α to see it overshoot)</source>
        <translation>走一步 α 后落在哪里（拖动 α 可以看到走过头）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/tutorial_math/weight_derivation.py" line="407"/>
        <source>Learning rate α for the plotted step</source>
        <translation>图中这一步所用的学习率 α</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="602"/>
        <source>No weights yet</source>
        <translation>还没有权重</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="610"/>
        <source>Hidden node {0}</source>
        <translation>隐藏节点 {0}</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="614"/>
        <source>min %1, max %2</source>
        <translation>最小 %1，最大 %2</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="619"/>
        <source>no finite weights</source>
        <translation>没有有限的权重值</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="622"/>
        <source>activation {0:.2f}</source>
        <translation>激活值 {0:.2f}</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="624"/>
        <source>weight to %1: %2</source>
        <translation>到 %1 的权重：%2</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="679"/>
        <source>Light up by activation</source>
        <translation>按激活值点亮</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="681"/>
        <source>Dim the tiles of hidden nodes that the digit on the drawing pad leaves inactive</source>
        <translation>让手写板上的数字没有激活的隐藏节点变暗</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="683"/>
        <source>Order:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="685"/>
        <source>by node number</source>
        <translation>按节点编号</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="685"/>
        <source>by activation for the pad&apos;s digit</source>
        <translation>按对手写板上数字的激活值</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="685"/>
        <source>by weight to the answer</source>
        <translation>按到答案的权重</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="689"/>
        <source>The order of the tiles: node 0 first, the nodes the pad&apos;s digit excites most first, or the nodes that vote most for the network&apos;s answer first</source>
        <translation>小图的排列顺序：节点 0 在前、手写板上的数字最能激活的节点在前，或最支持网络答案的节点在前</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="692"/>
        <source>(draw a digit first)</source>
        <translation>（请先写一个数字）</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="693"/>
        <source>Until there is a digit on the pad, the tiles stay in node order</source>
        <translation>手写板上有数字之前，小图按节点编号排列</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="694"/>
        <source>Hidden node weights</source>
        <translation>隐藏节点权重</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="696"/>
        <source>Each hidden node&apos;s 784 incoming weights as a 28×28 tile: red positive, blue negative, white zero</source>
        <translation>每个隐藏节点的 784 个输入权重画成 28×28 的小图：红色为正，蓝色为负，白色为零</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="698"/>
        <source>Weight mosaic of all hidden nodes</source>
        <translation>所有隐藏节点的权重拼图</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="699"/>
        <source>The selected hidden node, enlarged</source>
        <translation>放大显示所选的隐藏节点</translation>
    </message>
    <message>
        <location filename="../../gui/areas/learning/weights_view.py" line="701"/>
        <source>Order of the tiles</source>
        <translation>小图的顺序</translation>
    </message>
</context>
<context>
    <name>WhyView</name>
    <message>
        <location filename="../../gui/areas/inside_the_network/why_view.py" line="166"/>
        <source>A hidden node&apos;s vote: click to inspect the node</source>
        <translation>一个隐藏节点的投票：点击查看该节点</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/why_view.py" line="167"/>
        <source>A hidden node&apos;s vote</source>
        <translation>一个隐藏节点的投票</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/why_view.py" line="173"/>
        <source>Draw a digit on the pad to see which hidden nodes voted for the answer.</source>
        <translation>在手写板上写一个数字，看看哪些隐藏节点投票支持这个答案。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/why_view.py" line="178"/>
        <source>Why %1?</source>
        <translation>为什么是 %1？</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/why_view.py" line="180"/>
        <source>Output node %1 adds up %2 votes, one from each hidden node: how strongly the node fires for your digit (its activation, 0 to 1, averaged over five looks: your digit as drawn and moved one pixel right, left, down and up) × its weight to output %1. A sigmoid turns the total into the output shown.</source>
        <translation>输出节点 %1 把 %2 张票加起来，每个隐藏节点一票：该节点对你的数字的激活强度（激活值，0 到 1，取五次观察的平均：原样的数字，以及向右、左、下、上各移一个像素）× 它到输出 %1 的权重。sigmoid 再把总和变成显示的输出。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/why_view.py" line="185"/>
        <source>The strongest votes for %1 (click a node to inspect it):</source>
        <translation>支持 %1 最强的票（点击节点可查看）：</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/why_view.py" line="186"/>
        <source>The strongest votes against %1:</source>
        <translation>反对 %1 最强的票：</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/why_view.py" line="186"/>
        <source>No hidden node voted against %1.</source>
        <translation>没有隐藏节点投票反对 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/why_view.py" line="190"/>
        <source>Hidden node %1</source>
        <translation>隐藏节点 %1</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/why_view.py" line="192"/>
        <source>node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/why_view.py" line="194"/>
        <source>Hidden node %1: activation %2 × weight %3 to output %4 = vote %5. Click to inspect it.</source>
        <translation>隐藏节点 %1：激活值 %2 × 到输出 %4 的权重 %3 = 投票 %5。点击查看该节点。</translation>
    </message>
    <message>
        <location filename="../../gui/areas/inside_the_network/why_view.py" line="203"/>
        <source>How the votes add up: %1 (the %7 votes for above) %2 (the %8 against) %3 (the other %4 nodes) = &lt;b&gt;%5&lt;/b&gt; → sigmoid → &lt;b&gt;output %6&lt;/b&gt;</source>
        <translation>票数如何相加：%1（上面 %7 张支持票） %2（%8 张反对票） %3（其余 %4 个节点） = &lt;b&gt;%5&lt;/b&gt; → sigmoid → &lt;b&gt;输出 %6&lt;/b&gt;</translation>
    </message>
</context>
</TS>
