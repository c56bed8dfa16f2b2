<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>main</name>
    <message>
        <source>OneWindow</source>
        <translation>一窗通</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
</context>
<context>
    <name>ow::CatalogJson</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not text</source>
        <translation>字段“%1”缺失或不是文本</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation>字段“%1”为空</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not a positive whole number</source>
        <translation>字段“%1”缺失或不是正整数</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not a list</source>
        <translation>字段“%1”缺失或不是列表</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; holds an empty or non-text department</source>
        <translation>字段“%1”含有空的或非文本的部门</translation>
    </message>
    <message>
        <source>code %1 appears twice</source>
        <translation>编码 %1 重复出现</translation>
    </message>
    <message>
        <source>sub-item code %1 should be %2</source>
        <translation>子项编码 %1 应为 %2</translation>
    </message>
    <message>
        <source>item code %1 should be %2</source>
        <translation>事项编码 %1 应为 %2</translation>
    </message>
    <message>
        <source>an item without sub-items needs a type</source>
        <translation>没有子项的事项必须有事项类型</translation>
    </message>
    <message>
        <source>the item&apos;s type must be its sub-items&apos; shared type, or empty where they differ</source>
        <translation>事项类型必须是其子项的共同类型；子项类型不同时应为空</translation>
    </message>
    <message>
        <source>scene code %1 does not belong to stage %2 (number %3)</source>
        <translation>场景编码 %1 不属于阶段 %2（序号 %3）</translation>
    </message>
    <message>
        <source>a scene needs at least one item</source>
        <translation>场景至少要有一个事项</translation>
    </message>
    <message>
        <source>stage code %1 should be %2%3</source>
        <translation>阶段编码 %1 应为 %2%3</translation>
    </message>
    <message>
        <source>a stage needs at least one scene</source>
        <translation>阶段至少要有一个场景</translation>
    </message>
    <message>
        <source>items must be numbered 1, 2, 3 … in order; expected number %1</source>
        <translation>事项必须按 1、2、3……顺序编号；此处应为 %1</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1：第 %2 字节处不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>%1: the catalog must be a JSON object</source>
        <translation>%1：目录必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>a lifecycle code is E (enterprise) or P (person)</source>
        <translation>生命周期代码只能是 E（企业）或 P（个人）</translation>
    </message>
    <message>
        <source>the catalog lists no lifecycle</source>
        <translation>目录中没有任何生命周期</translation>
    </message>
</context>
<context>
    <name>ow::CatalogRepository</name>
    <message>
        <source>Cannot read the catalog from %1: %2</source>
        <translation>无法从 %1 读取事项目录：%2</translation>
    </message>
    <message>
        <source>Cannot write the catalog to %1: %2</source>
        <translation>无法把事项目录写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ow::CatalogSeed</name>
    <message>
        <source>The catalog seed file %1 does not exist.</source>
        <translation>目录种子文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read the catalog seed file %1: %2</source>
        <translation>无法读取目录种子文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ow::Database</name>
    <message>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation>无法创建数据库 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2 is not a folder.</source>
        <translation>无法创建数据库 %1：%2 不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 is read-only.</source>
        <translation>无法创建数据库 %1：文件夹 %2 是只读的。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: it is a folder, not a file.</source>
        <translation>无法打开数据库 %1：它是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The database %1 is read-only: OneWindow needs to write to it. It was left unchanged.</source>
        <translation>数据库 %1 是只读的，一窗通需要写入它。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The folder %1 of the database %2 is read-only: SQLite keeps its journal beside the database. It was left unchanged.</source>
        <translation>数据库 %2 所在的文件夹 %1 是只读的：SQLite 需要在数据库旁边写日志文件。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>无法读取数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a OneWindow database (it is not an SQLite file). It was left unchanged.</source>
        <translation>%1 不是一窗通数据库（不是 SQLite 文件）。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>No database path was given.</source>
        <translation>没有指定数据库路径。</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is missing (package libqt6sql6-sqlite).</source>
        <translation>缺少 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 is damaged or unreadable: %2. It was left unchanged.</source>
        <translation>数据库 %1 已损坏或无法读取：%2。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of OneWindow. It was left unchanged.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是一窗通的数据库。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this OneWindow knows versions up to %3 only. Install the newer OneWindow that wrote it; the database was left unchanged.</source>
        <translation>数据库 %1 的结构版本是 %2，而本版一窗通只认识到版本 %3。请安装写入它的较新版本一窗通；数据库未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot set up the database %1: %2</source>
        <translation>无法设置数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot switch the database %1 to write-ahead logging; is its folder writable? %2</source>
        <translation>无法把数据库 %1 切换为预写日志模式；其文件夹是否可写？%2</translation>
    </message>
    <message>
        <source>Cannot write to the database %1: %2</source>
        <translation>无法写入数据库 %1：%2</translation>
    </message>
    <message>
        <source>The SQLite connection to %1 is not open.</source>
        <translation>到 %1 的 SQLite 连接未打开。</translation>
    </message>
</context>
<context>
    <name>ow::GuideHtml</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>DRAFT — %1</source>
        <translation>示范稿 — %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必须提交</translation>
    </message>
    <message>
        <source>when: %1</source>
        <translation>情形：%1</translation>
    </message>
    <message>
        <source>(waived where the e-licence is found)</source>
        <translation>（可调取电子证照的免提交）</translation>
    </message>
    <message>
        <source>(waived where shared data confirms it)</source>
        <translation>（可通过数据共享核验的免提交）</translation>
    </message>
    <message>
        <source>The guide of %1 has not been published yet. Ask the lead department (%2) what to bring; nothing below is a list of materials.</source>
        <translation>%1 的办事指南尚未发布。所需材料请咨询牵头部门（%2）；以下内容不是材料清单。</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n copy(ies)</source>
        <translation>
            <numerusform>%1，%2，%n 份</numerusform>
        </translation>
    </message>
    <message>
        <source> (when: %1)</source>
        <translation>（情形：%1）</translation>
    </message>
    <message>
        <source>Service guide</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <source>not stated in the catalog</source>
        <translation>目录未列明</translation>
    </message>
    <message>
        <source>City lead / co-operating</source>
        <translation>市级牵头 / 协同部门</translation>
    </message>
    <message>
        <source>District lead / co-operating</source>
        <translation>区级牵头 / 协同部门</translation>
    </message>
    <message>
        <source>Legal time limit</source>
        <translation>法定办结时限</translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation>承诺办结时限</translation>
    </message>
    <message>
        <source>Visits to the hall</source>
        <translation>到现场次数</translation>
    </message>
    <message>
        <source>none: can be done entirely online</source>
        <translation>0 次：可全程网办</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上办理</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>办理地点</translation>
    </message>
    <message>
        <source>When</source>
        <translation>办理时间</translation>
    </message>
    <message>
        <source>Enquiries / complaints</source>
        <translation>咨询 / 投诉电话</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>%1, effective %2</source>
        <translation>第 %1 版，%2 起施行</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>受理条件</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <source>What to bring (one-time notice)</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>To apply for this item, please bring every material below. This notice lists all of them at once; nothing else will be asked for.</source>
        <translation>办理本事项请携带以下全部材料。本告知书一次性列明所需全部材料，不会再要求提交其他材料。</translation>
    </message>
    <message>
        <source>Promised time limit: %1. Where: %2. When: %3. Enquiries: %4.</source>
        <translation>承诺时限：%1。办理地点：%2。办理时间：%3。咨询电话：%4。</translation>
    </message>
    <message>
        <source>Issued on %1</source>
        <translation>告知日期：%1</translation>
    </message>
</context>
<context>
    <name>ow::GuideJson</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>missing or not text</source>
        <translation>缺失或不是文本</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <translation>必须是不小于 %1 的整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>missing or not a list</source>
        <translation>缺失或不是列表</translation>
    </message>
    <message>
        <source>missing or not an object</source>
        <translation>缺失或不是对象</translation>
    </message>
    <message>
        <source>write {&quot;on_the_spot&quot;: true} or {&quot;working_days&quot;: N}</source>
        <translation>应写作 {&quot;on_the_spot&quot;: true} 或 {&quot;working_days&quot;: N}</translation>
    </message>
    <message>
        <source>write {&quot;on_the_spot&quot;: true} or {&quot;working_days&quot;: N} with N a whole number of at least 1</source>
        <translation>应写作 {&quot;on_the_spot&quot;: true} 或 {&quot;working_days&quot;: N}，N 为不小于 1 的整数</translation>
    </message>
    <message>
        <source>on the spot</source>
        <translation>即办</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1：第 %2 字节处不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>%1: a guide must be a JSON object</source>
        <translation>%1：办事指南必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>not a date of the form YYYY-MM-DD</source>
        <translation>不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>must be &quot;draft&quot; or &quot;published&quot;</source>
        <translation>必须是“draft”或“published”</translation>
    </message>
    <message>
        <source>every condition is a non-empty text</source>
        <translation>每个受理条件都必须是非空文本</translation>
    </message>
    <message>
        <source>form must be 原件, 复印件 or 电子</source>
        <translation>材料形式必须是原件、复印件或电子</translation>
    </message>
    <message>
        <source>a material that is not always required needs its condition</source>
        <translation>非必须提交的材料必须写明适用情形</translation>
    </message>
    <message>
        <source>material %1 is listed twice</source>
        <translation>材料 %1 重复列出</translation>
    </message>
    <message>
        <source>the promised limit exceeds the legal one</source>
        <translation>承诺时限超过了法定时限</translation>
    </message>
    <message>
        <source>a guide names at least one legal basis</source>
        <translation>办事指南至少要写明一项设定依据</translation>
    </message>
    <message>
        <source>must be &quot;e_licence&quot;, &quot;shared_data&quot; or null</source>
        <translation>必须是“e_licence”“shared_data”或 null</translation>
    </message>
    <message>
        <source>key %1 is defined twice</source>
        <translation>材料键 %1 重复定义</translation>
    </message>
    <message>
        <source>the dictionary is empty</source>
        <translation>材料目录为空</translation>
    </message>
    <message>
        <source>%1: material key %2 is not in the materials dictionary</source>
        <translation>%1：材料键 %2 不在材料目录中</translation>
    </message>
    <message>
        <source>%1: material %2 is marked waivable, but the dictionary names nothing that can replace it</source>
        <translation>%1：材料 %2 标为可免提交，但材料目录中没有可替代它的电子证照或共享数据</translation>
    </message>
</context>
<context>
    <name>ow::GuideRepository</name>
    <message>
        <source>Cannot read the guides from %1: %2</source>
        <translation>无法从 %1 读取办事指南：%2</translation>
    </message>
    <message>
        <source>Cannot read the guide of %1 from %2: %3</source>
        <translation>无法从 %2 读取 %1 的办事指南：%3</translation>
    </message>
    <message>
        <source>guide %1 in %2</source>
        <translation>%2 中 %1 的办事指南</translation>
    </message>
    <message>
        <source>Cannot read the materials dictionary from %1: %2</source>
        <translation>无法从 %1 读取材料目录：%2</translation>
    </message>
    <message>
        <source>Cannot write the guides to %1: %2</source>
        <translation>无法把办事指南写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ow::GuideSeed</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 is not an item of the catalog</source>
        <translation>%1：%2 不是事项目录中的事项</translation>
    </message>
    <message>
        <source>%1: the file of the guide of %2 must be named %2.json</source>
        <translation>%1：%2 的办事指南文件必须命名为 %2.json</translation>
    </message>
</context>
<context>
    <name>ow::GuideView</name>
    <message>
        <source>Guide of %1 %2</source>
        <translation>%1 %2 的办事指南</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print this guide (Ctrl+P)</source>
        <translation>打印本办事指南（Ctrl+P）</translation>
    </message>
    <message>
        <source>Print pre&amp;view</source>
        <translation>打印预览(&amp;V)</translation>
    </message>
    <message>
        <source>Show the pages before printing</source>
        <translation>打印前查看页面</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save this guide as a PDF file</source>
        <translation>把本办事指南保存为 PDF 文件</translation>
    </message>
    <message>
        <source>&amp;What to bring…</source>
        <translation>一次性告知书(&amp;W)…</translation>
    </message>
    <message>
        <source>Print the one-page notice of everything to bring</source>
        <translation>打印列明全部所需材料的一页告知书</translation>
    </message>
    <message>
        <source>What to bring — %1</source>
        <translation>一次性告知书 — %1</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>办事指南正文</translation>
    </message>
</context>
<context>
    <name>ow::ItemDetailsPanel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>differs by sub-item</source>
        <translation>子项类型不同</translation>
    </message>
    <message>
        <source>not stated in the catalog</source>
        <translation>目录未列明</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>事项详情</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>当前选择</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <source>City lead department</source>
        <translation>市级牵头部门</translation>
    </message>
    <message>
        <source>City co-operating departments</source>
        <translation>市级协同部门</translation>
    </message>
    <message>
        <source>District lead department</source>
        <translation>区级牵头部门</translation>
    </message>
    <message>
        <source>District co-operating departments</source>
        <translation>区级协同部门</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Choose a stage, scene or item on the left.</source>
        <translation>请在左侧选择阶段、场景或事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-item(s):</source>
        <translation>
            <numerusform>%n 个子项：</numerusform>
        </translation>
    </message>
    <message>
        <source>Sub-item of %1 %2</source>
        <translation>%1 %2 的子项</translation>
    </message>
    <message>
        <source>Scene %1 %2</source>
        <translation>场景 %1 %2</translation>
    </message>
    <message>
        <source>Stage %1 %2</source>
        <translation>阶段 %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s):</source>
        <translation>
            <numerusform>%n 个事项：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>form caption</comment>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>ow::MainWindow</name>
    <message>
        <source>OneWindow — government service counter</source>
        <translation>一窗通 — 政务服务综合窗口</translation>
    </message>
    <message>
        <source>OneWindow main window</source>
        <translation>一窗通主窗口</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>事项详情</translation>
    </message>
    <message>
        <source>Catalog and database</source>
        <translation>事项目录与数据库</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OneWindow</source>
        <translation>关于一窗通(&amp;A)</translation>
    </message>
    <message>
        <source>About OneWindow</source>
        <translation>关于一窗通</translation>
    </message>
    <message>
        <source>OneWindow %1 — single-window counter client for government service halls.</source>
        <translation>一窗通 %1 — 政务服务大厅综合窗口受理客户端。</translation>
    </message>
    <message>
        <source>Navigator and workspace</source>
        <translation>导航与工作区</translation>
    </message>
    <message>
        <source>Find an item</source>
        <translation>查找事项</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Catalog entry</source>
        <translation>目录信息</translation>
    </message>
    <message>
        <source>Catalog: %1 items, %2 sub-items, %3 guides · Database: %4</source>
        <translation>事项目录：%1 项，%2 个子项，%3 份办事指南 · 数据库：%4</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search items</source>
        <translation>搜索事项(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ow::Migrator</name>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>无法读取 %1 的结构版本。</translation>
    </message>
    <message>
        <source>Cannot move the database %1 from schema version %2 to %3.</source>
        <translation>无法把数据库 %1 从结构版本 %2 变更到 %3。</translation>
    </message>
    <message>
        <source>Updating the database %1 to schema version %2 (%3) failed: %4. It stays at version %5.</source>
        <translation>把数据库 %1 升级到结构版本 %2（%3）失败：%4。数据库保持在版本 %5。</translation>
    </message>
</context>
<context>
    <name>ow::NavigatorModel</name>
    <message numerus="yes">
        <source>%1 %2 (%n item(s))</source>
        <translation>
            <numerusform>%1 %2（%n 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n sub-item(s))</source>
        <translation>
            <numerusform>%1 %2（%n 个子项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage / scene / item</source>
        <translation>阶段 / 场景 / 事项</translation>
    </message>
</context>
<context>
    <name>ow::NavigatorPanel</name>
    <message>
        <source>Lifecycles</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Choose the enterprise or the person lifecycle</source>
        <translation>选择企业或个人全生命周期</translation>
    </message>
    <message>
        <source>Lifecycle navigator</source>
        <translation>生命周期导航</translation>
    </message>
    <message>
        <source>Enterprise (%1)</source>
        <translation>企业 (%1)</translation>
    </message>
    <message>
        <source>Person (%1)</source>
        <translation>个人 (%1)</translation>
    </message>
    <message>
        <source>Enterprise lifecycle items</source>
        <translation>企业全生命周期事项</translation>
    </message>
    <message>
        <source>Person lifecycle items</source>
        <translation>个人全生命周期事项</translation>
    </message>
    <message>
        <source>Stages, scenes, items and sub-items; arrow keys move, right arrow opens a branch</source>
        <translation>阶段、场景、事项和子项；方向键移动，右方向键展开</translation>
    </message>
</context>
<context>
    <name>ow::Owctl</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>%1 needs a non-empty value</source>
        <translation>%1 需要一个非空的值</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>没有给出命令</translation>
    </message>
    <message>
        <source>init takes no argument, got &apos;%1&apos;</source>
        <translation>init 不接受参数，收到了“%1”</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>无法创建 %1 所在的文件夹</translation>
    </message>
    <message>
        <source>schema version %1 (up to date)</source>
        <translation>结构版本 %1（已是最新）</translation>
    </message>
    <message>
        <source>schema version %1 (updated from %2)</source>
        <translation>结构版本 %1（已从 %2 升级）</translation>
    </message>
    <message>
        <source>%1: %2; catalog: %3 items, %4 sub-items (%5)
</source>
        <translation>%1：%2；事项目录：%3 项，%4 个子项（%5）
</translation>
    </message>
    <message>
        <source>loaded from the built-in catalog</source>
        <translation>已从内置目录载入</translation>
    </message>
    <message>
        <source>loaded from %1</source>
        <translation>已从 %1 载入</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>unknown catalog subcommand &apos;%1&apos;</source>
        <translation>未知的 catalog 子命令“%1”</translation>
    </message>
    <message>
        <source>catalog export: unknown argument &apos;%1&apos;</source>
        <translation>catalog export：未知参数“%1”</translation>
    </message>
    <message>
        <source>catalog export needs --json (the only format so far)</source>
        <translation>catalog export 需要 --json（目前唯一的格式）</translation>
    </message>
    <message>
        <source>the database %1 does not exist; run &apos;owctl init&apos; first</source>
        <translation>数据库 %1 不存在；请先运行“owctl init”</translation>
    </message>
    <message>
        <source>catalog needs a subcommand: export or search</source>
        <translation>catalog 需要子命令：export 或 search</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 10000, got &apos;%1&apos;</source>
        <translation>--limit 需要 1 到 10000 之间的整数，收到了“%1”</translation>
    </message>
    <message>
        <source>catalog search: unexpected argument &apos;%1&apos; (quote a query with spaces)</source>
        <translation>catalog search：多余的参数“%1”（含空格的查询请加引号）</translation>
    </message>
    <message>
        <source>catalog search needs a query</source>
        <translation>catalog search 需要查询内容</translation>
    </message>
    <message>
        <source>catalog search needs --json (the only format so far)</source>
        <translation>catalog search 需要 --json（目前唯一的格式）</translation>
    </message>
    <message>
        <source>guide needs a subcommand: show or print</source>
        <translation>guide 需要子命令：show 或 print</translation>
    </message>
    <message>
        <source>unknown guide subcommand &apos;%1&apos;</source>
        <translation>未知的 guide 子命令“%1”</translation>
    </message>
    <message>
        <source>guide %1 needs an item code, e.g. E001</source>
        <translation>guide %1 需要事项编码，例如 E001</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an item code (E001…E106, P001…P115, or a sub-item such as E001.1)</source>
        <translation>“%1”不是事项编码（E001…E106、P001…P115，或子项如 E001.1）</translation>
    </message>
    <message>
        <source>guide show: unknown argument &apos;%1&apos;</source>
        <translation>guide show：未知参数“%1”</translation>
    </message>
    <message>
        <source>guide show needs --json (the only format so far)</source>
        <translation>guide show 需要 --json（目前唯一的格式）</translation>
    </message>
    <message>
        <source>%1 is not in the catalog</source>
        <translation>%1 不在事项目录中</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 需要文件名</translation>
    </message>
    <message>
        <source>guide print: unknown argument &apos;%1&apos;</source>
        <translation>guide print：未知参数“%1”</translation>
    </message>
    <message>
        <source>guide print needs -o FILE.pdf</source>
        <translation>guide print 需要 -o 文件.pdf</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4)
</source>
        <translation>%1：%2 %3（%4）
</translation>
    </message>
    <message>
        <source>what-to-bring notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>guide</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <source>no published guide; the page says so</source>
        <translation>尚无已发布的办事指南，页面中已注明</translation>
    </message>
    <message>
        <source>Usage: owctl [--db PATH] [--seed FILE] COMMAND

Commands:
  init                     create or update the local database and load the
                           catalog on first use (safe to run again)
  catalog export --json    print the whole catalog as one JSON document
  catalog search QUERY [--limit N] --json
                           find items by Chinese, pinyin, initials, code or
                           department; prints the ranked hits
  guide show CODE --json   print the guide of an item (or say it has none)
  guide print CODE -o FILE.pdf [--what-to-bring]
                           save the guide, or the one-page what-to-bring
                           notice, as PDF

Options:
  --db PATH      the local database (else $ONEWINDOW_DB, else the
                 application-data folder)
  --seed FILE    catalog seed for a new database (default: built in)
  --lang LANG    zh_CN or en: the language of messages and documents
                 (messages follow the system, documents are Chinese)
  --help         show this text
  --version      show the version

Exit status: 0 done, 1 the work failed, 2 bad command line.
</source>
        <translation>用法：owctl [--db 路径] [--seed 文件] 命令

命令：
  init                     创建或升级本地数据库，首次使用时载入事项目录
                           （可重复运行）
  catalog export --json    以一个 JSON 文档输出完整事项目录
  catalog search 查询 [--limit N] --json
                           按汉字、拼音、首字母、编码或部门查找事项，
                           输出排序后的结果
  guide show 编码 --json   输出事项的办事指南（没有时注明）
  guide print 编码 -o 文件.pdf [--what-to-bring]
                           把办事指南或一次性告知书保存为 PDF

选项：
  --db 路径      本地数据库（未指定时用 $ONEWINDOW_DB，再不然用应用数据文件夹）
  --seed 文件    新数据库使用的目录种子（默认：内置）
  --lang 语言    zh_CN 或 en：提示信息和文档的语言
                 （提示信息随系统语言，文档默认中文）
  --help         显示本说明
  --version      显示版本

退出状态：0 完成，1 执行失败，2 命令行有误。
</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;: use zh_CN or en</source>
        <translation>未知语言“%1”：请用 zh_CN 或 en</translation>
    </message>
</context>
<context>
    <name>ow::PdfWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ow::PinyinTable</name>
    <message>
        <source>pinyin readings, line %1: expected a Han character, a tab and its readings</source>
        <translation>拼音读音表第 %1 行：应为一个汉字、一个制表符和它的读音</translation>
    </message>
    <message>
        <source>pinyin readings, line %1: &quot;%2&quot; is not a reading</source>
        <translation>拼音读音表第 %1 行：“%2”不是读音</translation>
    </message>
    <message>
        <source>pinyin phrases, line %1: expected a phrase, a tab and one reading per character</source>
        <translation>拼音词语表第 %1 行：应为一个词语、一个制表符和每个字一个读音</translation>
    </message>
    <message>
        <source>pinyin phrases, line %1: &quot;%2&quot; is not a reading</source>
        <translation>拼音词语表第 %1 行：“%2”不是读音</translation>
    </message>
    <message>
        <source>pinyin readings: the table is empty</source>
        <translation>拼音读音表为空</translation>
    </message>
</context>
<context>
    <name>ow::QtDocumentPrinter</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ow::SearchPanel</name>
    <message>
        <source>Search items: Chinese, pinyin, initials or code (Ctrl+K)</source>
        <translation>搜索事项：汉字、拼音、首字母或编码（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search items</source>
        <translation>搜索事项</translation>
    </message>
    <message>
        <source>Type Chinese, pinyin, initials, an item code or a department; Up and Down choose a result, Enter opens its guide, Esc clears</source>
        <translation>输入汉字、拼音、首字母、事项编码或部门；上下方向键选择结果，回车打开办事指南，Esc 清除</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>结果数量</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Enter opens the guide of the chosen item</source>
        <translation>回车打开所选事项的办事指南</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer characters, the initials, or the code.</source>
        <translation>未找到。请减少字数，或输入首字母、编码。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::SearchResultsModel</name>
    <message>
        <source>  (department: %1)</source>
        <translation>  （部门：%1）</translation>
    </message>
</context>
<context>
    <name>ow::StartupOptions</name>
    <message>
        <source>OneWindow — single-window counter client.</source>
        <translation>一窗通 — 综合窗口受理客户端。</translation>
    </message>
    <message>
        <source>Local database file (else ONEWINDOW_DB, else the application-data folder).</source>
        <translation>本地数据库文件（未指定时用 ONEWINDOW_DB，再不然用应用数据文件夹）。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Catalog seed file for a new database (default: the built-in catalog).</source>
        <translation>新数据库使用的目录种子文件（默认：内置目录）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Language of the screens: zh_CN (default) or en.</source>
        <translation>界面语言：zh_CN（默认）或 en。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Show the main window, wait for its first paint, and exit 0.</source>
        <translation>显示主窗口，等到首次绘制完成后以 0 退出。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db 需要一个文件路径。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>未知语言“%1”：请用 zh_CN 或 en。</translation>
    </message>
</context>
</TS>
