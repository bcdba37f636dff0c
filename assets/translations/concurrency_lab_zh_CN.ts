<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <location filename="../../app/widgets/about.py" line="29"/>
        <source>Concurrency Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/about.py" line="33"/>
        <source>Start method used for processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/about.py" line="34"/>
        <source>Platform default start method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/about.py" line="36"/>
        <source>GIL enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/about.py" line="37"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/about.py" line="39"/>
        <source>no (free-threaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/about.py" line="43"/>
        <source>Watch what each way of running work does to a GUI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/about.py" line="52"/>
        <source>About Concurrency Lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppMenus</name>
    <message>
        <location filename="../../app/widgets/menus.py" line="78"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="79"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="80"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="81"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="82"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="83"/>
        <source>&amp;Save log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="84"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="85"/>
        <source>&amp;Handle click event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="86"/>
        <source>&amp;Cancel all jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="87"/>
        <source>C&amp;lear log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="88"/>
        <source>Concurrency Lab &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/menus.py" line="89"/>
        <source>&amp;About Concurrency Lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodePane</name>
    <message>
        <location filename="../../app/widgets/code_pane.py" line="82"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/code_pane.py" line="94"/>
        <source>The same in plain Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/code_pane.py" line="95"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/code_pane.py" line="96"/>
        <source>Copy the code to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTable</name>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="48"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="48"/>
        <source>Wall (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="48"/>
        <source>CPU (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="48"/>
        <source>UI p99 lag (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="49"/>
        <source>Longest stall (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="49"/>
        <source>Click to start (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="49"/>
        <source>Ran in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="85"/>
        <source>{ms} (UI frozen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="98"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="98"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="99"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="99"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="100"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="100"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/compare_table.py" line="101"/>
        <source>cancelling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrawlResultsModel</name>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="23"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="24"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="25"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="26"/>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="27"/>
        <source>Time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="28"/>
        <source>Start (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="29"/>
        <source>Worker thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="30"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="42"/>
        <source>longer than {0} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="46"/>
        <source>contains spaces or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="50"/>
        <source>no scheme: start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="54"/>
        <source>no host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="56"/>
        <source>could not be normalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="67"/>
        <source>empty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="69"/>
        <source>malformed URL: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="73"/>
        <source>{0}: rejected before fetching, only http and https are fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="78"/>
        <source>duplicate of row {0}: fetched once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="82"/>
        <source>the host name does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="84"/>
        <source>connection refused: nothing listens on that port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="88"/>
        <source>no connection within the connect timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="92"/>
        <source>the server went silent past the read timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="96"/>
        <source>the body took longer than the total time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="100"/>
        <source>over the size cap: stopped at {0} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="104"/>
        <source>too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="106"/>
        <source>HTTP error status {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="110"/>
        <source>the connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="112"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawl_results_model.py" line="114"/>
        <source>error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrawlerPanel</name>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="149"/>
        <source>URLs, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="150"/>
        <source>One URL per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="152"/>
        <source>25 pages of 200 ms (local site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="153"/>
        <source>64 pages of 200 ms (the benchmark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="154"/>
        <source>Bad input, mixed with good pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="155"/>
        <source>10,000 fast pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="158"/>
        <source>{0} (as in the seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="164"/>
        <source>Example list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="165"/>
        <source>Pool size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="166"/>
        <source>Pool kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="167"/>
        <source>Crawl with the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="168"/>
        <source>Crawl sequentially</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="169"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="247"/>
        <source>The crawl failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="253"/>
        <source>{0} lines done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="255"/>
        <source>{0} of {1} lines done, {2} requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="264"/>
        <source>{0} lines: {1} fetched ({2} ok, {3} failed), {4} rejected before fetching, {5} duplicates fetched once, {6} cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="279"/>
        <source>Wall time {0:.2f} s against the ideal ceil({1}/{2}) × {3:.0f} ms = {4:.2f} s ({5:.2f}× ideal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="292"/>
        <source>Peak concurrent requests: {0} (pool of {1}, {2} worker threads used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="303"/>
        <source>Speed-up over sequential: {0:.1f}× (measured, {1:.2f} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/crawler_panel.py" line="308"/>
        <source>Speed-up over sequential: about {0:.1f}× (sum of request times; crawl sequentially to measure it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GilPanel</name>
    <message numerus="yes">
        <location filename="../../app/widgets/gil_panel.py" line="100"/>
        <source>Exported %n result(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="131"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="132"/>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="133"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="134"/>
        <source>Job size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="135"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="141"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="142"/>
        <source>How long the job takes sequentially</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="143"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="144"/>
        <source>Run all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="145"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="146"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="147"/>
        <source>Switch interval (sys.setswitchinterval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="150"/>
        <source>How long a thread may hold the GIL before another thread waiting for it gets a turn. Shorter: the window answers sooner while a CPU-bound thread runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="160"/>
        <source>workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="161"/>
        <source>strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="162"/>
        <source>workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="163"/>
        <source>wall (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="164"/>
        <source>CPU (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="165"/>
        <source>speed-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="166"/>
        <source>UI p99 lag (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="178"/>
        <source>sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="179"/>
        <source>N threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="180"/>
        <source>N processes (warm pool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="181"/>
        <source>N free-threaded threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="183"/>
        <source>CPU-bound pure Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="184"/>
        <source>IO-bound (sleep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="185"/>
        <source>IO-bound (HTTP fetch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="194"/>
        <source>this Python has no free-threaded build (needs 3.13t or later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="196"/>
        <source>the GIL is enabled in this Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="197"/>
        <source>InterpreterPoolExecutor needs Python 3.14 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="198"/>
        <source>this Python was built without sub-interpreter support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="211"/>
        <source>{strategy} (unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="219"/>
        <source>{strategy}: unavailable, {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="227"/>
        <source>&lt;p&gt;CPython has one lock per interpreter, the GIL: only the thread holding it runs Python code. Threads doing pure-Python arithmetic take turns (every switch interval) instead of running together, so N threads take as long as one, and the window waits its turn too.&lt;/p&gt;&lt;p&gt;Waiting (sleep, network, disk) releases the GIL, so threads do speed up IO-bound work. Each process has its own interpreter and its own GIL, so processes spread CPU-bound work over the cores, at the price of starting them and copying data between them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;进程是资源分配的基本单位,线程是资源调度的基本单位&lt;/b&gt;: the process is the unit of resource allocation (memory, its interpreter, its GIL); the thread is the unit of scheduling, sharing its process&apos;s memory and GIL.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="384"/>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="384"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="399"/>
        <source>{ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/gil_panel.py" line="428"/>
        <source>Running {strategy} with %n worker(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="435"/>
        <source>{strategy} is unavailable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="442"/>
        <source>The run failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="455"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="459"/>
        <source>Ready: the process pool is warm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="468"/>
        <source>UI lag now: idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_panel.py" line="472"/>
        <source>UI lag now: p50 {p50} ms, p99 {p99} ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../app/widgets/help_dialog.py" line="27"/>
        <source>Concurrency Lab help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/help_dialog.py" line="29"/>
        <source>&lt;h3&gt;Watch the window, not just the result&lt;/h3&gt;&lt;p&gt;The spinner and the lag readout at the top are driven by the GUI thread&apos;s event loop. When they stop, the window is frozen.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Pick a &lt;b&gt;mode&lt;/b&gt;, a &lt;b&gt;workload&lt;/b&gt; and a &lt;b&gt;duration&lt;/b&gt; in the toolbar, then press &lt;b&gt;Handle click event&lt;/b&gt; (Ctrl+R).&lt;/li&gt;&lt;li&gt;Try &lt;b&gt;Inline&lt;/b&gt; first, then &lt;b&gt;Another event&lt;/b&gt;: nothing answers until the job ends, and the log names the line that froze the window.&lt;/li&gt;&lt;li&gt;Run the same job in a thread or a process: the spinner keeps turning.&lt;/li&gt;&lt;li&gt;Run the CPU-bound workload in threads and in processes in the &lt;b&gt;GIL lab&lt;/b&gt;: only processes get faster.&lt;/li&gt;&lt;li&gt;Queue work in the &lt;b&gt;producer/consumer&lt;/b&gt; lab, crawl the embedded site in the &lt;b&gt;crawler&lt;/b&gt;, and see every worker&apos;s lane in the &lt;b&gt;timeline&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Every demo shows the same thing in plain Python beside it, ready to copy.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Shortcuts:&lt;/b&gt; Ctrl+R run · Ctrl+. cancel all · Ctrl+L clear the log · F1 this help.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="78"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="78"/>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="78"/>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="78"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="79"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="79"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="79"/>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="82"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="83"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="84"/>
        <source>cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="85"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="86"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="87"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/jobs_view.py" line="155"/>
        <source>✕ Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labs</name>
    <message>
        <location filename="../../app/widgets/labs.py" line="47"/>
        <source>IO-bound (HTTP fetch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/labs.py" line="80"/>
        <source>Producer/consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/labs.py" line="83"/>
        <source>GIL lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/labs.py" line="84"/>
        <source>Thread-pool crawler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/labs.py" line="85"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagChart</name>
    <message>
        <location filename="../../app/widgets/lag_chart.py" line="47"/>
        <source>lag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LagMeter</name>
    <message>
        <location filename="../../app/widgets/lag_meter.py" line="52"/>
        <source>Lag of the latest tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/lag_meter.py" line="53"/>
        <source>99th percentile over the last 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/lag_meter.py" line="54"/>
        <source>Worst tick over the last 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/lag_meter.py" line="56"/>
        <source>Turns on every frame of the event loop; stops when the UI freezes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/lag_meter.py" line="60"/>
        <source>No long task yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/lag_meter.py" line="100"/>
        <source>lag {ms:.1f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/lag_meter.py" line="101"/>
        <source>p99 {ms:.1f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/lag_meter.py" line="102"/>
        <source>max {ms:.0f} ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="142"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="142"/>
        <source>Info and up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="143"/>
        <source>Warnings and up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="143"/>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="145"/>
        <source>Filter text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="146"/>
        <source>GUI thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="147"/>
        <source>Worker threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="148"/>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="150"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="151"/>
        <source>Untick to pause autoscroll while you read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="152"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="153"/>
        <source>Clear the log (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="154"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="155"/>
        <source>Naive log pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="157"/>
        <source>One queued signal per line into a text widget, as many apps do: flood it and watch the window freeze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="188"/>
        <source>{shown} lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="190"/>
        <source>{dropped} oldest dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="230"/>
        <source>Save log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="230"/>
        <source>Log files (*.log *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="236"/>
        <source>Could not save the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="237"/>
        <source>{path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/log_pane.py" line="239"/>
        <source>Saved %d log lines to %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/widgets/main_window.py" line="137"/>
        <source>Inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="138"/>
        <source>threading.Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="139"/>
        <source>QThread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="140"/>
        <source>multiprocessing.Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="141"/>
        <source>Thread pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="142"/>
        <source>Process pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="143"/>
        <source>Queue (producer/consumer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="149"/>
        <source>Simulated IO (sleeps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="150"/>
        <source>CPU-bound Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="151"/>
        <source>HTTP requests (embedded site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="156"/>
        <source>Concurrency Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="157"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="158"/>
        <source>Execution modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="180"/>
        <source>That language is not available; staying with English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="189"/>
        <source>No Chinese font is installed, so Chinese text may show as boxes. On Debian or Ubuntu: sudo apt install fonts-noto-cjk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/main_window.py" line="246"/>
        <source>another event happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModeGuide</name>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="19"/>
        <source>Nothing: it is the baseline every other mode is measured against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="22"/>
        <source>The work takes less than a frame (about 16 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="25"/>
        <source>Anything longer freezes the window; clicks wait until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="30"/>
        <source>Waiting (files, sockets, sleeps) without freezing the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="33"/>
        <source>IO-bound work: the GIL is released while a thread waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="36"/>
        <source>CPU-bound Python does not get faster (GIL); never touch a widget from it; a thread per request can run away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="43"/>
        <source>A Qt-native worker whose signals queue back to the GUI thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="46"/>
        <source>Long-lived workers that talk to Qt objects through signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="49"/>
        <source>Keep a reference to the QThread; move the worker, never a widget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="54"/>
        <source>CPU-bound Python in parallel: each process has its own GIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="57"/>
        <source>Heavy computation that runs for seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="58"/>
        <source>Arguments and results must pickle; a spawn start costs about 50–80 ms; the __main__ guard is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="65"/>
        <source>Bounded concurrency: extra jobs wait in the pool&apos;s queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="68"/>
        <source>Many small IO tasks, like a crawler&apos;s downloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="71"/>
        <source>A stuck task holds a worker; shut the pool down when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="76"/>
        <source>Parallel CPU work without paying a process start per job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="79"/>
        <source>Many CPU-bound tasks; start the pool once, early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="82"/>
        <source>Only picklable tasks; a crashed worker breaks the whole pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="87"/>
        <source>Decouples producers from consumers; the click only puts a job on a queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="91"/>
        <source>Bursts of work that a fixed set of consumers should drain in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="94"/>
        <source>Stopping needs a sentinel per consumer, or items are lost or consumers hang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="134"/>
        <source>When to use {mode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="137"/>
        <source>Solves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="137"/>
        <source>Use it when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mode_guide.py" line="137"/>
        <source>Pitfall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="181"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="184"/>
        <source>unbounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="185"/>
        <source>Run until stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="187"/>
        <source>Threads + queue.Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="188"/>
        <source>Processes (spawn) + multiprocessing.Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="191"/>
        <source>Sentinel per consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="192"/>
        <source>Stop when you see 1 (the seed&apos;s way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="195"/>
        <source>Stop and drain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="195"/>
        <source>Stop and discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="204"/>
        <source>Producers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="205"/>
        <source>Consumers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="206"/>
        <source>Queue capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="207"/>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="208"/>
        <source>Time to produce an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="209"/>
        <source>Time to consume an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="210"/>
        <location filename="../../app/widgets/queue_panel.py" line="222"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="211"/>
        <source>Shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="212"/>
        <source>On stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="216"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="217"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="218"/>
        <source>depth %v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="219"/>
        <source>queue depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="220"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="222"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="222"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="225"/>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="226"/>
        <source>producing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="227"/>
        <source>blocked: queue full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="228"/>
        <source>consuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="229"/>
        <source>waiting: queue empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="230"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="246"/>
        <source>Queue.shutdown() needs Python 3.13 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="247"/>
        <source>multiprocessing.Queue has no shutdown().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="340"/>
        <source>producer {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="341"/>
        <source>consumer {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="343"/>
        <source>GUI thread (submits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="364"/>
        <source>{rate:,.0f} items/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="379"/>
        <source>Produced {produced} · consumed {consumed} · discarded {discarded} · {elapsed:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="396"/>
        <source>Running the jobs queued from the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="400"/>
        <source>exactly once ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="400"/>
        <source>NOT exactly once ✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="403"/>
        <source>Produced {produced} · consumed {consumed} · discarded {discarded} · duplicates {duplicates} · lost {lost} · wall {wall:.2f} s · {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="423"/>
        <source>&apos;Stop when you see 1&apos; was fragile: {stopped} consumer(s) stopped on a 1, {hung} worker(s) were stuck with nothing moving and were released after {after:.1f} s; {stranded} item(s) were stranded in the queue (counted as discarded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="436"/>
        <source>Stopped: the backlog was drained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="438"/>
        <source>Stopped: the backlog was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="442"/>
        <source>{n} child process(es) had to be terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/queue_panel.py" line="447"/>
        <source>Errors: {errors}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Responsiveness</name>
    <message>
        <location filename="../../app/workers/responsiveness.py" line="51"/>
        <source>UI frozen for {s:.2f} s in {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/workers/responsiveness.py" line="56"/>
        <source>Long task: UI blocked for {ms:.0f} ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <location filename="../../app/widgets/run_panel.py" line="96"/>
        <source>Run the current workload in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_panel.py" line="99"/>
        <source>Another event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_panel.py" line="100"/>
        <source>Logs at once if the UI is responsive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_panel.py" line="101"/>
        <source>Cancel all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_panel.py" line="102"/>
        <source>Ask every running job to stop (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_panel.py" line="104"/>
        <source>Click &lt;b&gt;Inline&lt;/b&gt;, then try &lt;b&gt;Another event&lt;/b&gt;: nothing answers until the job ends. Any other mode keeps the spinner turning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunToolbar</name>
    <message>
        <location filename="../../app/widgets/run_toolbar.py" line="54"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_toolbar.py" line="56"/>
        <source> &amp;Mode </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_toolbar.py" line="56"/>
        <source> &amp;Workload </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_toolbar.py" line="56"/>
        <source> &amp;Duration </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_toolbar.py" line="60"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_toolbar.py" line="61"/>
        <source>How long each job runs: 0.1 to 60 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_toolbar.py" line="62"/>
        <source>Handle click event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/run_toolbar.py" line="63"/>
        <source>Run one job of the workload in the selected mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <location filename="../../app/workers/runner.py" line="128"/>
        <source>Refused: {live} jobs already run in {mode} mode (safety cap {cap}). A thread or process per request runs away like this; a pool would queue it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeedupChart</name>
    <message>
        <location filename="../../app/widgets/gil_chart.py" line="58"/>
        <source>workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_chart.py" line="59"/>
        <source>speed-up over sequential (×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_chart.py" line="60"/>
        <source>cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/gil_chart.py" line="61"/>
        <source>ideal (N×)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCounters</name>
    <message>
        <location filename="../../app/widgets/status_counters.py" line="40"/>
        <source>Threads {threads} · child processes {children} · memory {rss} MB · jobs live {jobs}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="103"/>
        <source>Follow live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="104"/>
        <source>Scroll with the newest work. Panning or zooming the plot (drag, wheel) turns this off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="106"/>
        <source> s shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="107"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="108"/>
        <source>Forget the finished work drawn so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="109"/>
        <source>Export trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="111"/>
        <source>Chrome trace JSON: open it in ui.perfetto.dev or chrome://tracing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="114"/>
        <source>Compare all modes: the same job in each, one after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="115"/>
        <source>Simulated IO (sleeps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="116"/>
        <source>CPU-bound Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="117"/>
        <source>HTTP requests (embedded site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="121"/>
        <source> s per job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="122"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="123"/>
        <source>The comparison as a spreadsheet table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="124"/>
        <source>Export its trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="126"/>
        <source>Chrome trace JSON of the last comparison only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="139"/>
        <source>Inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="139"/>
        <source>threading.Thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="140"/>
        <source>QThread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="140"/>
        <source>multiprocessing.Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="141"/>
        <source>Thread pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="141"/>
        <source>Process pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="146"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="146"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="147"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="147"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="148"/>
        <source>GUI busy (≥ 17 ms late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="149"/>
        <source>GUI stalled (≥ 50 ms late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="161"/>
        <source>No runner: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="163"/>
        <source>Running in {mode}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="165"/>
        <source> The window freezes now: that is the point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="168"/>
        <source>Compared {n} modes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="170"/>
        <source>Wrote {n} trace events to {path}: open it in ui.perfetto.dev or chrome://tracing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="173"/>
        <source>Wrote the comparison to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="179"/>
        <source>Stop comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="179"/>
        <source>Compare all modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="269"/>
        <source>Export trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="270"/>
        <source>Trace JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="318"/>
        <source>Export comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_panel.py" line="319"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="92"/>
        <source>time since the app started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="103"/>
        <source>GUI thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="103"/>
        <source>GUI thread: stalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="104"/>
        <source>compare all modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="107"/>
        <source>thread pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="108"/>
        <source>process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="109"/>
        <source>process pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="112"/>
        <source>{mode}: never started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="120"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="120"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="121"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="121"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="122"/>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="122"/>
        <source>stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="249"/>
        <source>duration: {ms:.0f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="251"/>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="251"/>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="251"/>
        <source>thread/pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="252"/>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="252"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="252"/>
        <source>lag (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="253"/>
        <source>wall (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="253"/>
        <source>CPU (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="254"/>
        <source>UI p99 lag (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="255"/>
        <source>longest stall (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="256"/>
        <source>click to start (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/widgets/timeline_view.py" line="262"/>
        <source>lane: {lane}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
