<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../app/widgets/about.py" line="29"/>
        <source>Concurrency Lab</source>
        <translation>并发实验室</translation>
    </message>
    <message>
        <location filename="../../app/widgets/about.py" line="33"/>
        <source>Start method used for processes</source>
        <translation>进程使用的启动方式</translation>
    </message>
    <message>
        <location filename="../../app/widgets/about.py" line="34"/>
        <source>Platform default start method</source>
        <translation>平台默认启动方式</translation>
    </message>
    <message>
        <location filename="../../app/widgets/about.py" line="36"/>
        <source>GIL enabled</source>
        <translation>GIL 已启用</translation>
    </message>
    <message>
        <location filename="../../app/widgets/about.py" line="37"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../app/widgets/about.py" line="39"/>
        <source>no (free-threaded)</source>
        <translation>否（自由线程）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/about.py" line="43"/>
        <source>Watch what each way of running work does to a GUI.</source>
        <translation>看看每种运行工作的方式会对 GUI 造成什么影响。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/about.py" line="52"/>
        <source>About Concurrency Lab</source>
        <translation>关于并发实验室</translation>
    </message>
</context>
<context>
    <name>AppMenus</name>
    <message>
        <location filename="../../app/widgets/menus.py" line="78"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="79"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="80"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="81"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="82"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="83"/>
        <source>&amp;Save log…</source>
        <translation>保存日志(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="85"/>
        <source>&amp;Handle click event</source>
        <translation>处理点击事件(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="86"/>
        <source>&amp;Cancel all jobs</source>
        <translation>取消所有任务(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="87"/>
        <source>C&amp;lear log</source>
        <translation>清空日志(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="88"/>
        <source>Concurrency Lab &amp;help</source>
        <translation>并发实验室帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="89"/>
        <source>&amp;About Concurrency Lab</source>
        <translation>关于并发实验室(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CodePane</name>
    <message>
        <location filename="../../app/widgets/code_pane.py" line="82"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../app/widgets/code_pane.py" line="94"/>
        <source>The same in plain Python</source>
        <translation>等价的纯 Python 代码</translation>
    </message>
    <message>
        <location filename="../../app/widgets/code_pane.py" line="95"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/widgets/code_pane.py" line="96"/>
        <source>Copy the code to the clipboard</source>
        <translation>将代码复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>CompareTable</name>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="48"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="48"/>
        <source>Wall (s)</source>
        <translation>墙钟时间（秒）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="48"/>
        <source>CPU (s)</source>
        <translation>CPU 时间（秒）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="48"/>
        <source>UI p99 lag (ms)</source>
        <translation>UI p99 延迟（毫秒）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="49"/>
        <source>Longest stall (ms)</source>
        <translation>最长卡顿（毫秒）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="49"/>
        <source>Click to start (ms)</source>
        <translation>点击到开始（毫秒）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="49"/>
        <source>Ran in</source>
        <translation>运行于</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="85"/>
        <source>{ms} (UI frozen)</source>
        <translation>{ms}（UI 冻结）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="98"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="98"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="99"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="99"/>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="100"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="100"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="101"/>
        <source>cancelling</source>
        <translation>正在取消</translation>
    </message>
</context>
<context>
    <name>CrawlResultsModel</name>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="23"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="24"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="25"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="26"/>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="27"/>
        <source>Time (ms)</source>
        <translation>耗时（毫秒）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="28"/>
        <source>Start (ms)</source>
        <translation>开始（毫秒）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="29"/>
        <source>Worker thread</source>
        <translation>工作线程</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="30"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="42"/>
        <source>longer than {0} characters</source>
        <translation>超过 {0} 个字符</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="46"/>
        <source>contains spaces or control characters</source>
        <translation>含有空格或控制字符</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="50"/>
        <source>no scheme: start with http:// or https://</source>
        <translation>缺少协议：请以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="54"/>
        <source>no host name</source>
        <translation>缺少主机名</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="56"/>
        <source>could not be normalised</source>
        <translation>无法规范化</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="67"/>
        <source>empty line</source>
        <translation>空行</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="69"/>
        <source>malformed URL: {0}</source>
        <translation>URL 格式错误：{0}</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="73"/>
        <source>{0}: rejected before fetching, only http and https are fetched</source>
        <translation>{0}：抓取前已拒绝，只抓取 http 和 https</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="78"/>
        <source>duplicate of row {0}: fetched once</source>
        <translation>与第 {0} 行重复：只抓取一次</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="82"/>
        <source>the host name does not resolve</source>
        <translation>主机名无法解析</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="84"/>
        <source>connection refused: nothing listens on that port</source>
        <translation>连接被拒绝：该端口上没有服务在监听</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="88"/>
        <source>no connection within the connect timeout</source>
        <translation>在连接超时内未能建立连接</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="92"/>
        <source>the server went silent past the read timeout</source>
        <translation>超过读取超时，服务器仍无响应</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="96"/>
        <source>the body took longer than the total time limit</source>
        <translation>响应体耗时超过总时限</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="100"/>
        <source>over the size cap: stopped at {0} bytes</source>
        <translation>超过大小上限：已在 {0} 字节处停止</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="104"/>
        <source>too many redirects</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="106"/>
        <source>HTTP error status {0}</source>
        <translation>HTTP 错误状态 {0}</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="110"/>
        <source>the connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="112"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="114"/>
        <source>error: {0}</source>
        <translation>错误：{0}</translation>
    </message>
</context>
<context>
    <name>CrawlerPanel</name>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="149"/>
        <source>URLs, one per line</source>
        <translation>URL，每行一个</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="150"/>
        <source>One URL per line</source>
        <translation>每行一个 URL</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="152"/>
        <source>25 pages of 200 ms (local site)</source>
        <translation>25 个 200 毫秒的页面（本地站点）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="153"/>
        <source>64 pages of 200 ms (the benchmark)</source>
        <translation>64 个 200 毫秒的页面（基准测试）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="154"/>
        <source>Bad input, mixed with good pages</source>
        <translation>错误输入与正常页面混合</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="155"/>
        <source>10,000 fast pages</source>
        <translation>10,000 个快速页面</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="158"/>
        <source>{0} (as in the seed)</source>
        <translation>{0}（与原教程相同）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="164"/>
        <source>Example list</source>
        <translation>示例列表</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="165"/>
        <source>Pool size</source>
        <translation>池大小</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="166"/>
        <source>Pool kind</source>
        <translation>池类型</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="167"/>
        <source>Crawl with the pool</source>
        <translation>用池抓取</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="168"/>
        <source>Crawl sequentially</source>
        <translation>顺序抓取</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="169"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="247"/>
        <source>The crawl failed: {0}</source>
        <translation>抓取失败：{0}</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="253"/>
        <source>{0} lines done</source>
        <translation>已完成 {0} 行</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="255"/>
        <source>{0} of {1} lines done, {2} requests in flight</source>
        <translation>已完成 {0}/{1} 行，{2} 个请求进行中</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="264"/>
        <source>{0} lines: {1} fetched ({2} ok, {3} failed), {4} rejected before fetching, {5} duplicates fetched once, {6} cancelled.</source>
        <translation>共 {0} 行：抓取 {1} 个（{2} 个成功，{3} 个失败），{4} 个在抓取前被拒绝，{5} 个重复项只抓取一次，{6} 个已取消。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="279"/>
        <source>Wall time {0:.2f} s against the ideal ceil({1}/{2}) × {3:.0f} ms = {4:.2f} s ({5:.2f}× ideal).</source>
        <translation>墙钟时间 {0:.2f} 秒，理想值为 ceil({1}/{2}) × {3:.0f} 毫秒 = {4:.2f} 秒（理想值的 {5:.2f} 倍）。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="292"/>
        <source>Peak concurrent requests: {0} (pool of {1}, {2} worker threads used).</source>
        <translation>并发请求峰值：{0}（池大小 {1}，用到 {2} 个工作线程）。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="303"/>
        <source>Speed-up over sequential: {0:.1f}× (measured, {1:.2f} s).</source>
        <translation>相对顺序执行的加速比：{0:.1f}×（实测，{1:.2f} 秒）。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="308"/>
        <source>Speed-up over sequential: about {0:.1f}× (sum of request times; crawl sequentially to measure it).</source>
        <translation>相对顺序执行的加速比：约 {0:.1f}×（按各请求耗时之和估算；顺序抓取一次即可实测）。</translation>
    </message>
</context>
<context>
    <name>GilPanel</name>
    <message numerus="yes">
        <location filename="../../app/widgets/gil_panel.py" line="100"/>
        <source>Exported %n result(s).</source>
        <translation>
            <numerusform>已导出 %n 条结果。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="131"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="132"/>
        <source>Workload</source>
        <translation>负载</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="133"/>
        <source>Workers</source>
        <translation>工作者数</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="134"/>
        <source>Job size</source>
        <translation>任务规模</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="135"/>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="141"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="142"/>
        <source>How long the job takes sequentially</source>
        <translation>顺序执行时该任务的耗时</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="143"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="144"/>
        <source>Run all</source>
        <translation>全部运行</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="145"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="146"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="147"/>
        <source>Switch interval (sys.setswitchinterval)</source>
        <translation>切换间隔（sys.setswitchinterval）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="150"/>
        <source>How long a thread may hold the GIL before another thread waiting for it gets a turn. Shorter: the window answers sooner while a CPU-bound thread runs.</source>
        <translation>一个线程最多能持有 GIL 多久，之后才轮到其他等待 GIL 的线程。越短：CPU 密集型线程运行时，窗口响应越快。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="160"/>
        <source>workload</source>
        <translation>负载</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="161"/>
        <source>strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="162"/>
        <source>workers</source>
        <translation>工作者数</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="163"/>
        <source>wall (s)</source>
        <translation>墙钟时间（秒）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="164"/>
        <source>CPU (s)</source>
        <translation>CPU 时间（秒）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="165"/>
        <source>speed-up</source>
        <translation>加速比</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="166"/>
        <source>UI p99 lag (ms)</source>
        <translation>UI p99 延迟（毫秒）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="178"/>
        <source>sequential</source>
        <translation>顺序执行</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="179"/>
        <source>N threads</source>
        <translation>N 个线程</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="180"/>
        <source>N processes (warm pool)</source>
        <translation>N 个进程（已预热的进程池）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="181"/>
        <source>N free-threaded threads</source>
        <translation>N 个线程（自由线程版）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="183"/>
        <source>CPU-bound pure Python</source>
        <translation>CPU 密集型纯 Python</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="184"/>
        <source>IO-bound (sleep)</source>
        <translation>IO 密集型（sleep）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="185"/>
        <source>IO-bound (HTTP fetch)</source>
        <translation>IO 密集型（HTTP 请求）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="194"/>
        <source>this Python has no free-threaded build (needs 3.13t or later)</source>
        <translation>此 Python 不是自由线程版本（需要 3.13t 或更高版本）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="196"/>
        <source>the GIL is enabled in this Python</source>
        <translation>此 Python 启用了 GIL</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="197"/>
        <source>InterpreterPoolExecutor needs Python 3.14 or later</source>
        <translation>InterpreterPoolExecutor 需要 Python 3.14 或更高版本</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="198"/>
        <source>this Python was built without sub-interpreter support</source>
        <translation>此 Python 构建时未包含子解释器支持</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="211"/>
        <source>{strategy} (unavailable)</source>
        <translation>{strategy}（不可用）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="219"/>
        <source>{strategy}: unavailable, {reason}</source>
        <translation>{strategy}：不可用，{reason}</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="227"/>
        <source>&lt;p&gt;CPython has one lock per interpreter, the GIL: only the thread holding it runs Python code. Threads doing pure-Python arithmetic take turns (every switch interval) instead of running together, so N threads take as long as one, and the window waits its turn too.&lt;/p&gt;&lt;p&gt;Waiting (sleep, network, disk) releases the GIL, so threads do speed up IO-bound work. Each process has its own interpreter and its own GIL, so processes spread CPU-bound work over the cores, at the price of starting them and copying data between them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;进程是资源分配的基本单位,线程是资源调度的基本单位&lt;/b&gt;: the process is the unit of resource allocation (memory, its interpreter, its GIL); the thread is the unit of scheduling, sharing its process&apos;s memory and GIL.&lt;/p&gt;</source>
        <translation>&lt;p&gt;CPython 的每个解释器有一把锁，即 GIL：只有持有它的线程才能运行 Python 代码。做纯 Python 运算的线程只能轮流执行（每个切换间隔轮换一次），而不能同时运行，所以 N 个线程和一个线程耗时相同，窗口也得排队等候。&lt;/p&gt;&lt;p&gt;等待（sleep、网络、磁盘）会释放 GIL，因此线程确实能加速 IO 密集型工作。每个进程都有自己的解释器和自己的 GIL，所以进程能把 CPU 密集型工作分散到多个核心上，代价是要启动进程并在进程之间复制数据。&lt;/p&gt;&lt;p&gt;&lt;b&gt;进程是资源分配的基本单位,线程是资源调度的基本单位&lt;/b&gt;：进程是资源分配的单位（内存、它的解释器、它的 GIL）；线程是调度的单位，共享所属进程的内存和 GIL。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="384"/>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="384"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="399"/>
        <source>{ms} ms</source>
        <translation>{ms} 毫秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/gil_panel.py" line="428"/>
        <source>Running {strategy} with %n worker(s)…</source>
        <translation>
            <numerusform>正在以 %n 个工作者运行 {strategy}…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="435"/>
        <source>{strategy} is unavailable: {reason}</source>
        <translation>{strategy} 不可用：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="442"/>
        <source>The run failed: {error}</source>
        <translation>运行失败：{error}</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="455"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="459"/>
        <source>Ready: the process pool is warm.</source>
        <translation>就绪：进程池已预热。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="468"/>
        <source>UI lag now: idle</source>
        <translation>当前 UI 延迟：空闲</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="472"/>
        <source>UI lag now: p50 {p50} ms, p99 {p99} ms</source>
        <translation>当前 UI 延迟：p50 {p50} 毫秒，p99 {p99} 毫秒</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../app/widgets/help_dialog.py" line="27"/>
        <source>Concurrency Lab help</source>
        <translation>并发实验室帮助</translation>
    </message>
    <message>
        <location filename="../../app/widgets/help_dialog.py" line="29"/>
        <source>&lt;h3&gt;Watch the window, not just the result&lt;/h3&gt;&lt;p&gt;The spinner and the lag readout at the top are driven by the GUI thread&apos;s event loop. When they stop, the window is frozen.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Pick a &lt;b&gt;mode&lt;/b&gt;, a &lt;b&gt;workload&lt;/b&gt; and a &lt;b&gt;duration&lt;/b&gt; in the toolbar, then press &lt;b&gt;Handle click event&lt;/b&gt; (Ctrl+R).&lt;/li&gt;&lt;li&gt;Try &lt;b&gt;Inline&lt;/b&gt; first, then &lt;b&gt;Another event&lt;/b&gt;: nothing answers until the job ends, and the log names the line that froze the window.&lt;/li&gt;&lt;li&gt;Run the same job in a thread or a process: the spinner keeps turning.&lt;/li&gt;&lt;li&gt;Run the CPU-bound workload in threads and in processes in the &lt;b&gt;GIL lab&lt;/b&gt;: only processes get faster.&lt;/li&gt;&lt;li&gt;Queue work in the &lt;b&gt;producer/consumer&lt;/b&gt; lab, crawl the embedded site in the &lt;b&gt;crawler&lt;/b&gt;, and see every worker&apos;s lane in the &lt;b&gt;timeline&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Every demo shows the same thing in plain Python beside it, ready to copy.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Shortcuts:&lt;/b&gt; Ctrl+R run · Ctrl+. cancel all · Ctrl+L clear the log · F1 this help.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;要看窗口，而不只是看结果&lt;/h3&gt;&lt;p&gt;顶部的转圈指示器和延迟读数由 GUI 线程的事件循环驱动。它们一停下，就说明窗口冻结了。&lt;/p&gt;&lt;ol&gt;&lt;li&gt;在工具栏中选择&lt;b&gt;模式&lt;/b&gt;、&lt;b&gt;负载&lt;/b&gt;和&lt;b&gt;时长&lt;/b&gt;，然后按&lt;b&gt;处理点击事件&lt;/b&gt;（Ctrl+R）。&lt;/li&gt;&lt;li&gt;先试&lt;b&gt;内联&lt;/b&gt;，再点&lt;b&gt;另一个事件&lt;/b&gt;：任务结束前什么都不会响应，日志会指出是哪一行代码冻结了窗口。&lt;/li&gt;&lt;li&gt;在线程或进程中运行同一个任务：转圈指示器会一直转。&lt;/li&gt;&lt;li&gt;在 &lt;b&gt;GIL 实验&lt;/b&gt;中分别用线程和进程运行 CPU 密集型负载：只有进程会变快。&lt;/li&gt;&lt;li&gt;在&lt;b&gt;生产者/消费者&lt;/b&gt;实验中用队列分派工作，在&lt;b&gt;线程池爬虫&lt;/b&gt;中抓取内嵌站点，并在&lt;b&gt;时间线&lt;/b&gt;中查看每个工作者的泳道。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;每个演示旁边都附有等价的纯 Python 代码，可直接复制。&lt;/p&gt;&lt;p&gt;&lt;b&gt;快捷键：&lt;/b&gt;Ctrl+R 运行 · Ctrl+. 全部取消 · Ctrl+L 清空日志 · F1 本帮助。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="78"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="78"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="78"/>
        <source>Workload</source>
        <translation>负载</translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="78"/>
        <source>Worker</source>
        <translation>工作者</translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="79"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="79"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="79"/>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="82"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="83"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="84"/>
        <source>cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="85"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="86"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="87"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="155"/>
        <source>✕ Cancel</source>
        <translation>✕ 取消</translation>
    </message>
</context>
<context>
    <name>Labs</name>
    <message>
        <location filename="../../app/widgets/labs.py" line="47"/>
        <source>IO-bound (HTTP fetch)</source>
        <translation>IO 密集型（HTTP 请求）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/labs.py" line="80"/>
        <source>Producer/consumer</source>
        <translation>生产者/消费者</translation>
    </message>
    <message>
        <location filename="../../app/widgets/labs.py" line="83"/>
        <source>GIL lab</source>
        <translation>GIL 实验</translation>
    </message>
    <message>
        <location filename="../../app/widgets/labs.py" line="84"/>
        <source>Thread-pool crawler</source>
        <translation>线程池爬虫</translation>
    </message>
    <message>
        <location filename="../../app/widgets/labs.py" line="85"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
</context>
<context>
    <name>LagChart</name>
    <message>
        <location filename="../../app/widgets/lag_chart.py" line="47"/>
        <source>lag</source>
        <translation>延迟</translation>
    </message>
</context>
<context>
    <name>LagMeter</name>
    <message>
        <location filename="../../app/widgets/lag_meter.py" line="52"/>
        <source>Lag of the latest tick</source>
        <translation>最近一次节拍的延迟</translation>
    </message>
    <message>
        <location filename="../../app/widgets/lag_meter.py" line="53"/>
        <source>99th percentile over the last 30 s</source>
        <translation>最近 30 秒的第 99 百分位数</translation>
    </message>
    <message>
        <location filename="../../app/widgets/lag_meter.py" line="54"/>
        <source>Worst tick over the last 30 s</source>
        <translation>最近 30 秒内最差的一次节拍</translation>
    </message>
    <message>
        <location filename="../../app/widgets/lag_meter.py" line="56"/>
        <source>Turns on every frame of the event loop; stops when the UI freezes.</source>
        <translation>事件循环每帧转动一次；UI 冻结时停止转动。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/lag_meter.py" line="60"/>
        <source>No long task yet.</source>
        <translation>尚无长任务。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/lag_meter.py" line="100"/>
        <source>lag {ms:.1f} ms</source>
        <translation>延迟 {ms:.1f} 毫秒</translation>
    </message>
    <message>
        <location filename="../../app/widgets/lag_meter.py" line="101"/>
        <source>p99 {ms:.1f} ms</source>
        <translation>p99 {ms:.1f} 毫秒</translation>
    </message>
    <message>
        <location filename="../../app/widgets/lag_meter.py" line="102"/>
        <source>max {ms:.0f} ms</source>
        <translation>最大 {ms:.0f} 毫秒</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="142"/>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="142"/>
        <source>Info and up</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="143"/>
        <source>Warnings and up</source>
        <translation>警告及以上</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="143"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="145"/>
        <source>Filter text…</source>
        <translation>过滤文本…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="146"/>
        <source>GUI thread</source>
        <translation>GUI 线程</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="147"/>
        <source>Worker threads</source>
        <translation>工作线程</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="148"/>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="150"/>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="151"/>
        <source>Untick to pause autoscroll while you read.</source>
        <translation>取消勾选可在阅读时暂停自动滚动。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="152"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="153"/>
        <source>Clear the log (Ctrl+L)</source>
        <translation>清空日志（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="154"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="155"/>
        <source>Naive log pane</source>
        <translation>朴素日志面板</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="157"/>
        <source>One queued signal per line into a text widget, as many apps do: flood it and watch the window freeze.</source>
        <translation>像许多应用那样，每行日志通过一个排队信号写入文本控件：大量涌入时，看看窗口如何冻结。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="188"/>
        <source>{shown} lines</source>
        <translation>{shown} 行</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="190"/>
        <source>{dropped} oldest dropped</source>
        <translation>已丢弃最早的 {dropped} 行</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="230"/>
        <source>Save log</source>
        <translation>保存日志</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="230"/>
        <source>Log files (*.log *.txt)</source>
        <translation>日志文件 (*.log *.txt)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="236"/>
        <source>Could not save the log</source>
        <translation>无法保存日志</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="237"/>
        <source>{path}: {reason}</source>
        <translation>{path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="239"/>
        <source>Saved %d log lines to %s</source>
        <translation>已将 %d 行日志保存到 %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/widgets/main_window.py" line="137"/>
        <source>Inline</source>
        <translation>内联</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="138"/>
        <source>threading.Thread</source>
        <translation>threading.Thread</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="139"/>
        <source>QThread</source>
        <translation>QThread</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="140"/>
        <source>multiprocessing.Process</source>
        <translation>multiprocessing.Process</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="141"/>
        <source>Thread pool</source>
        <translation>线程池</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="142"/>
        <source>Process pool</source>
        <translation>进程池</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="143"/>
        <source>Queue (producer/consumer)</source>
        <translation>队列（生产者/消费者）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="149"/>
        <source>Simulated IO (sleeps)</source>
        <translation>模拟 IO（sleep）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="150"/>
        <source>CPU-bound Python</source>
        <translation>CPU 密集型 Python</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="151"/>
        <source>HTTP requests (embedded site)</source>
        <translation>HTTP 请求（内嵌站点）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="156"/>
        <source>Concurrency Lab</source>
        <translation>并发实验室</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="157"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="158"/>
        <source>Execution modes</source>
        <translation>执行模式</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="180"/>
        <source>That language is not available; staying with English.</source>
        <translation>该语言不可用，继续使用英语。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="189"/>
        <source>No Chinese font is installed, so Chinese text may show as boxes. On Debian or Ubuntu: sudo apt install fonts-noto-cjk</source>
        <translation>未安装中文字体，中文可能显示为方框。在 Debian 或 Ubuntu 上运行：sudo apt install fonts-noto-cjk</translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="246"/>
        <source>another event happened</source>
        <translation>另一个事件发生了</translation>
    </message>
</context>
<context>
    <name>ModeGuide</name>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="19"/>
        <source>Nothing: it is the baseline every other mode is measured against.</source>
        <translation>什么也不解决：它是衡量其他所有模式的基准。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="22"/>
        <source>The work takes less than a frame (about 16 ms).</source>
        <translation>工作耗时不到一帧（约 16 毫秒）。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="25"/>
        <source>Anything longer freezes the window; clicks wait until it ends.</source>
        <translation>更长的工作都会冻结窗口；点击要等它结束才有响应。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="30"/>
        <source>Waiting (files, sockets, sleeps) without freezing the window.</source>
        <translation>等待（文件、套接字、sleep）而不冻结窗口。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="33"/>
        <source>IO-bound work: the GIL is released while a thread waits.</source>
        <translation>IO 密集型工作：线程等待时会释放 GIL。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="36"/>
        <source>CPU-bound Python does not get faster (GIL); never touch a widget from it; a thread per request can run away.</source>
        <translation>CPU 密集型 Python 代码不会变快（GIL）；切勿在其中操作控件；每个请求开一个线程可能失控。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="43"/>
        <source>A Qt-native worker whose signals queue back to the GUI thread.</source>
        <translation>Qt 原生的工作者，其信号以排队方式回到 GUI 线程。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="46"/>
        <source>Long-lived workers that talk to Qt objects through signals.</source>
        <translation>长期存在、通过信号与 Qt 对象通信的工作者。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="49"/>
        <source>Keep a reference to the QThread; move the worker, never a widget.</source>
        <translation>要保留对 QThread 的引用；移到线程中的是工作对象，绝不能是控件。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="54"/>
        <source>CPU-bound Python in parallel: each process has its own GIL.</source>
        <translation>并行运行 CPU 密集型 Python 代码：每个进程都有自己的 GIL。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="57"/>
        <source>Heavy computation that runs for seconds.</source>
        <translation>需要运行数秒的繁重计算。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="58"/>
        <source>Arguments and results must pickle; a spawn start costs about 50–80 ms; the __main__ guard is required.</source>
        <translation>参数和结果必须能被 pickle；以 spawn 方式启动约需 50–80 毫秒；必须加 __main__ 保护。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="65"/>
        <source>Bounded concurrency: extra jobs wait in the pool&apos;s queue.</source>
        <translation>有上限的并发：多出的任务在池的队列中等待。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="68"/>
        <source>Many small IO tasks, like a crawler&apos;s downloads.</source>
        <translation>大量小型 IO 任务，比如爬虫的下载。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="71"/>
        <source>A stuck task holds a worker; shut the pool down when done.</source>
        <translation>卡住的任务会一直占用一个工作线程；用完要关闭线程池。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="76"/>
        <source>Parallel CPU work without paying a process start per job.</source>
        <translation>并行 CPU 计算，而不必为每个任务付出启动进程的开销。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="79"/>
        <source>Many CPU-bound tasks; start the pool once, early.</source>
        <translation>大量 CPU 密集型任务；尽早启动一次进程池。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="82"/>
        <source>Only picklable tasks; a crashed worker breaks the whole pool.</source>
        <translation>只能提交可 pickle 的任务；一个工作进程崩溃会让整个进程池失效。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="87"/>
        <source>Decouples producers from consumers; the click only puts a job on a queue.</source>
        <translation>解耦生产者与消费者；点击只是把任务放进队列。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="91"/>
        <source>Bursts of work that a fixed set of consumers should drain in order.</source>
        <translation>突发的大量工作，需要由固定数量的消费者按顺序排空。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="94"/>
        <source>Stopping needs a sentinel per consumer, or items are lost or consumers hang.</source>
        <translation>停止时每个消费者都需要一个哨兵值，否则会丢失条目或消费者挂起。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="134"/>
        <source>When to use {mode}</source>
        <translation>何时使用 {mode}</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="137"/>
        <source>Solves</source>
        <translation>解决的问题</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="137"/>
        <source>Use it when</source>
        <translation>适用场景</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="137"/>
        <source>Pitfall</source>
        <translation>陷阱</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="181"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="184"/>
        <source>unbounded</source>
        <translation>无上限</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="185"/>
        <source>Run until stopped</source>
        <translation>一直运行直到停止</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="187"/>
        <source>Threads + queue.Queue</source>
        <translation>线程 + queue.Queue</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="188"/>
        <source>Processes (spawn) + multiprocessing.Queue</source>
        <translation>进程（spawn）+ multiprocessing.Queue</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="191"/>
        <source>Sentinel per consumer</source>
        <translation>每个消费者一个哨兵值</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="192"/>
        <source>Stop when you see 1 (the seed&apos;s way)</source>
        <translation>遇到 1 就停止（原教程的做法）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="195"/>
        <source>Stop and drain</source>
        <translation>停止并排空</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="195"/>
        <source>Stop and discard</source>
        <translation>停止并丢弃</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="204"/>
        <source>Producers</source>
        <translation>生产者</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="205"/>
        <source>Consumers</source>
        <translation>消费者</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="206"/>
        <source>Queue capacity</source>
        <translation>队列容量</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="207"/>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="208"/>
        <source>Time to produce an item</source>
        <translation>生产一个条目的耗时</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="209"/>
        <source>Time to consume an item</source>
        <translation>消费一个条目的耗时</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="210"/>
        <location filename="../../app/widgets/queue_panel.py" line="222"/>
        <source>Items</source>
        <translation>条目数</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="211"/>
        <source>Shutdown</source>
        <translation>关闭方式</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="212"/>
        <source>On stop</source>
        <translation>停止时</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="216"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="217"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="218"/>
        <source>depth %v</source>
        <translation>深度 %v</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="219"/>
        <source>queue depth</source>
        <translation>队列深度</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="220"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="222"/>
        <source>Worker</source>
        <translation>工作者</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="222"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="225"/>
        <source>starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="226"/>
        <source>producing</source>
        <translation>生产中</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="227"/>
        <source>blocked: queue full</source>
        <translation>阻塞：队列已满</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="228"/>
        <source>consuming</source>
        <translation>消费中</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="229"/>
        <source>waiting: queue empty</source>
        <translation>等待：队列为空</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="230"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="246"/>
        <source>Queue.shutdown() needs Python 3.13 or newer.</source>
        <translation>Queue.shutdown() 需要 Python 3.13 或更高版本。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="247"/>
        <source>multiprocessing.Queue has no shutdown().</source>
        <translation>multiprocessing.Queue 没有 shutdown()。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="340"/>
        <source>producer {n}</source>
        <translation>生产者 {n}</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="341"/>
        <source>consumer {n}</source>
        <translation>消费者 {n}</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="343"/>
        <source>GUI thread (submits)</source>
        <translation>GUI 线程（提交）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="364"/>
        <source>{rate:,.0f} items/s</source>
        <translation>{rate:,.0f} 条/秒</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="379"/>
        <source>Produced {produced} · consumed {consumed} · discarded {discarded} · {elapsed:.1f} s</source>
        <translation>已生产 {produced} · 已消费 {consumed} · 已丢弃 {discarded} · {elapsed:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="396"/>
        <source>Running the jobs queued from the main window.</source>
        <translation>正在运行从主窗口排队的任务。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="400"/>
        <source>exactly once ✓</source>
        <translation>恰好一次 ✓</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="400"/>
        <source>NOT exactly once ✗</source>
        <translation>并非恰好一次 ✗</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="403"/>
        <source>Produced {produced} · consumed {consumed} · discarded {discarded} · duplicates {duplicates} · lost {lost} · wall {wall:.2f} s · {verdict}</source>
        <translation>已生产 {produced} · 已消费 {consumed} · 已丢弃 {discarded} · 重复 {duplicates} · 丢失 {lost} · 墙钟时间 {wall:.2f} 秒 · {verdict}</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="423"/>
        <source>&apos;Stop when you see 1&apos; was fragile: {stopped} consumer(s) stopped on a 1, {hung} worker(s) were stuck with nothing moving and were released after {after:.1f} s; {stranded} item(s) were stranded in the queue (counted as discarded).</source>
        <translation>“遇到 1 就停止”的做法很脆弱：{stopped} 个消费者在遇到 1 时停止，{hung} 个工作者因毫无进展而卡住，{after:.1f} 秒后被释放；{stranded} 个条目滞留在队列中（计为已丢弃）。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="436"/>
        <source>Stopped: the backlog was drained.</source>
        <translation>已停止：积压已排空。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="438"/>
        <source>Stopped: the backlog was discarded.</source>
        <translation>已停止：积压已丢弃。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="442"/>
        <source>{n} child process(es) had to be terminated.</source>
        <translation>有 {n} 个子进程不得不被强制终止。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="447"/>
        <source>Errors: {errors}</source>
        <translation>错误：{errors}</translation>
    </message>
</context>
<context>
    <name>Responsiveness</name>
    <message>
        <location filename="../../app/workers/responsiveness.py" line="51"/>
        <source>UI frozen for {s:.2f} s in {where}</source>
        <translation>UI 在 {where} 中冻结了 {s:.2f} 秒</translation>
    </message>
    <message>
        <location filename="../../app/workers/responsiveness.py" line="56"/>
        <source>Long task: UI blocked for {ms:.0f} ms</source>
        <translation>长任务：UI 阻塞了 {ms:.0f} 毫秒</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../app/widgets/run_panel.py" line="96"/>
        <source>Run the current workload in…</source>
        <translation>用以下方式运行当前负载…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_panel.py" line="99"/>
        <source>Another event</source>
        <translation>另一个事件</translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_panel.py" line="100"/>
        <source>Logs at once if the UI is responsive.</source>
        <translation>若 UI 能响应，会立即写一条日志。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_panel.py" line="101"/>
        <source>Cancel all</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_panel.py" line="102"/>
        <source>Ask every running job to stop (Ctrl+.)</source>
        <translation>请求所有正在运行的任务停止（Ctrl+.）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_panel.py" line="104"/>
        <source>Click &lt;b&gt;Inline&lt;/b&gt;, then try &lt;b&gt;Another event&lt;/b&gt;: nothing answers until the job ends. Any other mode keeps the spinner turning.</source>
        <translation>点击&lt;b&gt;内联&lt;/b&gt;，再试试&lt;b&gt;另一个事件&lt;/b&gt;：任务结束前什么都不会响应。其他任何模式都能让转圈指示器保持转动。</translation>
    </message>
</context>
<context>
    <name>RunToolbar</name>
    <message>
        <location filename="../../app/widgets/run_toolbar.py" line="54"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_toolbar.py" line="56"/>
        <source> &amp;Mode </source>
        <translation> 模式(&amp;M) </translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_toolbar.py" line="56"/>
        <source> &amp;Workload </source>
        <translation> 负载(&amp;W) </translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_toolbar.py" line="56"/>
        <source> &amp;Duration </source>
        <translation> 时长(&amp;D) </translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_toolbar.py" line="60"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_toolbar.py" line="61"/>
        <source>How long each job runs: 0.1 to 60 seconds.</source>
        <translation>每个任务运行多久：0.1 到 60 秒。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_toolbar.py" line="62"/>
        <source>Handle click event</source>
        <translation>处理点击事件</translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_toolbar.py" line="63"/>
        <source>Run one job of the workload in the selected mode.</source>
        <translation>以所选模式运行一个该负载的任务。</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../app/workers/runner.py" line="128"/>
        <source>Refused: {live} jobs already run in {mode} mode (safety cap {cap}). A thread or process per request runs away like this; a pool would queue it.</source>
        <translation>已拒绝：已有 {live} 个任务在 {mode} 模式下运行（安全上限 {cap}）。每个请求开一个线程或进程就会这样失控；换成池则会让它排队。</translation>
    </message>
</context>
<context>
    <name>SpeedupChart</name>
    <message>
        <location filename="../../app/widgets/gil_chart.py" line="58"/>
        <source>workers</source>
        <translation>工作者数</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_chart.py" line="59"/>
        <source>speed-up over sequential (×)</source>
        <translation>相对顺序执行的加速比（×）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_chart.py" line="60"/>
        <source>cores</source>
        <translation>核心数</translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_chart.py" line="61"/>
        <source>ideal (N×)</source>
        <translation>理想（N×）</translation>
    </message>
</context>
<context>
    <name>StatusCounters</name>
    <message>
        <location filename="../../app/widgets/status_counters.py" line="40"/>
        <source>Threads {threads} · child processes {children} · memory {rss} MB · jobs live {jobs}</source>
        <translation>线程 {threads} · 子进程 {children} · 内存 {rss} MB · 活动任务 {jobs}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="103"/>
        <source>Follow live</source>
        <translation>实时跟随</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="104"/>
        <source>Scroll with the newest work. Panning or zooming the plot (drag, wheel) turns this off.</source>
        <translation>随最新的工作滚动。平移或缩放图表（拖动、滚轮）会关闭此项。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="106"/>
        <source> s shown</source>
        <translation> 秒时间窗</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="107"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="108"/>
        <source>Forget the finished work drawn so far.</source>
        <translation>清除目前已绘制的已完成工作。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="109"/>
        <source>Export trace…</source>
        <translation>导出跟踪…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="111"/>
        <source>Chrome trace JSON: open it in ui.perfetto.dev or chrome://tracing.</source>
        <translation>Chrome 跟踪 JSON：可在 ui.perfetto.dev 或 chrome://tracing 中打开。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="114"/>
        <source>Compare all modes: the same job in each, one after another</source>
        <translation>比较所有模式：在每种模式中依次运行同一个任务</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="115"/>
        <source>Simulated IO (sleeps)</source>
        <translation>模拟 IO（sleep）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="116"/>
        <source>CPU-bound Python</source>
        <translation>CPU 密集型 Python</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="117"/>
        <source>HTTP requests (embedded site)</source>
        <translation>HTTP 请求（内嵌站点）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="121"/>
        <source> s per job</source>
        <translation> 秒/任务</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="122"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="123"/>
        <source>The comparison as a spreadsheet table.</source>
        <translation>以电子表格形式导出比较结果。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="124"/>
        <source>Export its trace…</source>
        <translation>导出其跟踪…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="126"/>
        <source>Chrome trace JSON of the last comparison only.</source>
        <translation>仅包含最近一次比较的 Chrome 跟踪 JSON。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="139"/>
        <source>Inline</source>
        <translation>内联</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="139"/>
        <source>threading.Thread</source>
        <translation>threading.Thread</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="140"/>
        <source>QThread</source>
        <translation>QThread</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="140"/>
        <source>multiprocessing.Process</source>
        <translation>multiprocessing.Process</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="141"/>
        <source>Thread pool</source>
        <translation>线程池</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="141"/>
        <source>Process pool</source>
        <translation>进程池</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="146"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="146"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="147"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="147"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="148"/>
        <source>GUI busy (≥ 17 ms late)</source>
        <translation>GUI 繁忙（延迟 ≥ 17 毫秒）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="149"/>
        <source>GUI stalled (≥ 50 ms late)</source>
        <translation>GUI 卡顿（延迟 ≥ 50 毫秒）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="161"/>
        <source>No runner: nothing to compare.</source>
        <translation>没有运行器：无可比较。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="163"/>
        <source>Running in {mode}…</source>
        <translation>正在以 {mode} 运行…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="165"/>
        <source> The window freezes now: that is the point.</source>
        <translation> 窗口现在会冻结：这正是要演示的。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="168"/>
        <source>Compared {n} modes.</source>
        <translation>已比较 {n} 种模式。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="170"/>
        <source>Wrote {n} trace events to {path}: open it in ui.perfetto.dev or chrome://tracing.</source>
        <translation>已将 {n} 个跟踪事件写入 {path}：可在 ui.perfetto.dev 或 chrome://tracing 中打开。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="173"/>
        <source>Wrote the comparison to {path}.</source>
        <translation>已将比较结果写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="179"/>
        <source>Stop comparing</source>
        <translation>停止比较</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="179"/>
        <source>Compare all modes</source>
        <translation>比较所有模式</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="269"/>
        <source>Export trace</source>
        <translation>导出跟踪</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="270"/>
        <source>Trace JSON (*.json)</source>
        <translation>跟踪 JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="318"/>
        <source>Export comparison</source>
        <translation>导出比较结果</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="319"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="92"/>
        <source>time since the app started</source>
        <translation>应用启动以来的时间</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="103"/>
        <source>GUI thread</source>
        <translation>GUI 线程</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="103"/>
        <source>GUI thread: stalls</source>
        <translation>GUI 线程：卡顿</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="104"/>
        <source>compare all modes</source>
        <translation>比较所有模式</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="107"/>
        <source>thread pool</source>
        <translation>线程池</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="108"/>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="109"/>
        <source>process pool</source>
        <translation>进程池</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="112"/>
        <source>{mode}: never started</source>
        <translation>{mode}：从未启动</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="120"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="120"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="121"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="121"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="122"/>
        <source>busy</source>
        <translation>繁忙</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="122"/>
        <source>stalled</source>
        <translation>卡顿</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="249"/>
        <source>duration: {ms:.0f} ms</source>
        <translation>时长：{ms:.0f} 毫秒</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="251"/>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="251"/>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="251"/>
        <source>thread/pid</source>
        <translation>线程/pid</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="252"/>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="252"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="252"/>
        <source>lag (ms)</source>
        <translation>延迟（毫秒）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="253"/>
        <source>wall (s)</source>
        <translation>墙钟时间（秒）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="253"/>
        <source>CPU (s)</source>
        <translation>CPU 时间（秒）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="254"/>
        <source>UI p99 lag (ms)</source>
        <translation>UI p99 延迟（毫秒）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="255"/>
        <source>longest stall (ms)</source>
        <translation>最长卡顿（毫秒）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="256"/>
        <source>click to start (ms)</source>
        <translation>点击到开始（毫秒）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="262"/>
        <source>lane: {lane}</source>
        <translation>泳道：{lane}</translation>
    </message>
</context>
</TS>
