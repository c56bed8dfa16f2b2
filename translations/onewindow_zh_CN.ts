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
    <message>
        <source>%1, window %2</source>
        <translation>%1，%2 号窗口</translation>
    </message>
    <message>
        <source>program closed</source>
        <translation>程序已关闭</translation>
    </message>
    <message>
        <source>Intake drafts are not autosaved: %1</source>
        <translation>未自动保存收件草稿：%1</translation>
    </message>
</context>
<context>
    <name>ow::AccessPolicy</name>
    <message>
        <source>A user with the role &quot;%1&quot; may not %2.</source>
        <translation>角色为“%1”的用户不能%2。</translation>
    </message>
</context>
<context>
    <name>ow::AccessibilityMode</name>
    <message>
        <source>&amp;Accessibility mode (large type, high contrast)</source>
        <translation>无障碍模式（大字、高对比度）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Largest type (200 %)</source>
        <translation>特大字号（200%）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>Large type, high contrast and large buttons for an applicant who does not see well (F12)</source>
        <translation>为视力不好的申请人放大字号、提高对比度、加大按钮（F12）</translation>
    </message>
    <message>
        <source>The accessibility mode is on for now but could not be remembered: %1</source>
        <translation>无障碍模式已开启，但未能保存该设置：%1</translation>
    </message>
    <message>
        <source>Accessibility mode on: type %1 %%2. F12 switches it off.</source>
        <translation>无障碍模式已开启：字号 %1 %%2。按 F12 关闭。</translation>
    </message>
    <message>
        <source>, high contrast</source>
        <translation>，高对比度</translation>
    </message>
    <message>
        <source>Accessibility mode off.</source>
        <translation>无障碍模式已关闭。</translation>
    </message>
    <message>
        <source>Accessibility (F12)</source>
        <translation>无障碍 (F12)</translation>
    </message>
    <message>
        <source>Accessibility mode</source>
        <translation>无障碍模式</translation>
    </message>
</context>
<context>
    <name>ow::AccessibilitySupport</name>
    <message>
        <source>Accessibilit&amp;y</source>
        <translation>无障碍(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>ow::AccountService</name>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>用户名“%1”无效：须为 2 至 32 个小写字母、数字、点、连字符或下划线，且以字母开头。</translation>
    </message>
    <message>
        <source>The display name must have 1 to 40 characters.</source>
        <translation>显示名称须为 1 至 40 个字符。</translation>
    </message>
    <message>
        <source>The display name must not contain control characters.</source>
        <translation>显示名称不得包含控制字符。</translation>
    </message>
    <message>
        <source>The center code &quot;%1&quot; is not valid: use 2 to 16 capital letters or digits, such as XC01.</source>
        <translation>中心编码“%1”无效：须为 2 至 16 个大写字母或数字，例如 XC01。</translation>
    </message>
    <message>
        <source>The center name must have 1 to 60 characters.</source>
        <translation>中心名称须为 1 至 60 个字符。</translation>
    </message>
    <message>
        <source>The window number must be a whole number from 1 to 999.</source>
        <translation>窗口号须为 1 至 999 之间的整数。</translation>
    </message>
    <message>
        <source>The idle lock must be 1 to 120 minutes.</source>
        <translation>无操作锁屏时间须为 1 至 120 分钟。</translation>
    </message>
    <message>
        <source>This database is already set up for %1 %2, window %3.</source>
        <translation>本数据库已设置为 %1 %2 的 %3 号窗口。</translation>
    </message>
    <message>
        <source>window %1; administrator %2</source>
        <translation>%1 号窗口；系统管理员 %2</translation>
    </message>
    <message>
        <source>This database belongs to %1 %2; demo users go only into a demo database (make a new one with --db).</source>
        <translation>本数据库属于 %1 %2；演示用户只能添加到演示数据库中（请用 --db 新建一个）。</translation>
    </message>
    <message>
        <source>Demo service center</source>
        <translation>演示政务服务中心</translation>
    </message>
    <message>
        <source>Demo %1</source>
        <translation>演示%1</translation>
    </message>
    <message>
        <source>This workstation is not set up yet: its hall and window are unknown. Run the first-start setup (or owctl init --center …).</source>
        <translation>本工作站尚未设置：所属大厅和窗口未知。请运行首次启动设置（或 owctl init --center …）。</translation>
    </message>
    <message>
        <source>Wrong user name or password. After %1 wrong passwords an account is locked for %2 minutes.</source>
        <translation>用户名或密码错误。连续输错 %1 次密码后，账户将被锁定 %2 分钟。</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>用户名不存在</translation>
    </message>
    <message>
        <source>account deactivated</source>
        <translation>账户已停用</translation>
    </message>
    <message>
        <source>The account %1 is deactivated. Ask an administrator.</source>
        <translation>账户 %1 已停用。请联系系统管理员。</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>账户已锁定</translation>
    </message>
    <message>
        <source>The account %1 is locked until %2 after %3 wrong passwords; an administrator can unlock it sooner.</source>
        <translation>账户 %1 因 %3 次密码错误已被锁定至 %2；系统管理员可提前解锁。</translation>
    </message>
    <message>
        <source>wrong password (%1 of %2)</source>
        <translation>密码错误（第 %1 次，上限 %2 次）</translation>
    </message>
    <message>
        <source>Wrong password for the %1th time: the account %2 is locked for %3 minutes.</source>
        <translation>第 %1 次输错密码：账户 %2 已被锁定 %3 分钟。</translation>
    </message>
    <message>
        <source>Your session began more than %1 hours ago; please sign in again.</source>
        <translation>您的会话已开始超过 %1 小时，请重新登录。</translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation>已存在用户名为 %1 的用户。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>不存在用户名为 %1 的用户。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
</context>
<context>
    <name>ow::Actions</name>
    <message>
        <source>search the catalog</source>
        <translation>搜索事项目录</translation>
    </message>
    <message>
        <source>open a guide</source>
        <translation>打开办事指南</translation>
    </message>
    <message>
        <source>print a guide</source>
        <translation>打印办事指南</translation>
    </message>
    <message>
        <source>take in a case</source>
        <translation>受理办件</translation>
    </message>
    <message>
        <source>decide on a case</source>
        <translation>对办件作出决定</translation>
    </message>
    <message>
        <source>print a receipt or notice</source>
        <translation>打印受理回执或告知书</translation>
    </message>
    <message>
        <source>open an applicant&apos;s archive</source>
        <translation>打开申请人档案</translation>
    </message>
    <message>
        <source>see a full ID number or phone number</source>
        <translation>查看完整的身份证号码或电话号码</translation>
    </message>
    <message>
        <source>record assisted service</source>
        <translation>登记帮办代办服务</translation>
    </message>
    <message>
        <source>open the dashboard</source>
        <translation>打开统计看板</translation>
    </message>
    <message>
        <source>export cases</source>
        <translation>导出办件</translation>
    </message>
    <message>
        <source>handle a rectification</source>
        <translation>处理整改</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>管理用户账户</translation>
    </message>
    <message>
        <source>edit the catalog and guides</source>
        <translation>编辑事项目录和办事指南</translation>
    </message>
    <message>
        <source>publish the catalog</source>
        <translation>发布事项目录</translation>
    </message>
    <message>
        <source>edit the holiday calendar</source>
        <translation>编辑节假日日历</translation>
    </message>
    <message>
        <source>change this workstation&apos;s settings</source>
        <translation>更改本工作站的设置</translation>
    </message>
    <message>
        <source>review, conclude or deliver a case</source>
        <translation>审查、办结或送达办件</translation>
    </message>
    <message>
        <source>withdraw a case</source>
        <translation>撤回办件</translation>
    </message>
    <message>
        <source>archive a case</source>
        <translation>归档办件</translation>
    </message>
    <message>
        <source>review the sync conflicts</source>
        <translation>审阅同步冲突</translation>
    </message>
</context>
<context>
    <name>ow::AuditChain</name>
    <message>
        <source>record %1 was changed after it was written</source>
        <translation>记录 %1 在写入后被修改过</translation>
    </message>
    <message>
        <source>record %1 is missing</source>
        <translation>记录 %1 缺失</translation>
    </message>
    <message>
        <source>records %1 to %2 are missing</source>
        <translation>记录 %1 至 %2 缺失</translation>
    </message>
    <message>
        <source>record %1 appears twice</source>
        <translation>记录 %1 重复出现</translation>
    </message>
    <message>
        <source>record %1 carries the wrong number %2</source>
        <translation>记录 %1 带有错误的序号 %2</translation>
    </message>
    <message>
        <source>the records are out of order: record %1 stands where record %2 should be</source>
        <translation>记录顺序错乱：记录 %1 出现在本应是记录 %2 的位置</translation>
    </message>
    <message>
        <source>record 1 does not start the chain: its link to the beginning of the log was replaced</source>
        <translation>记录 1 不是链条的起点：它与日志开头的链接已被替换</translation>
    </message>
    <message>
        <source>record %1 does not follow record %2: the link between them is broken</source>
        <translation>记录 %1 未接续记录 %2：二者之间的链接已断开</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) verified, the chain is intact</source>
        <translation>
            <numerusform>已校验 %n 条记录，链条完整</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>User name filter</source>
        <translation>用户名筛选</translation>
    </message>
    <message>
        <source>all users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>操作筛选</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>校验链条(&amp;V)</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>校验链条</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is intact.</source>
        <translation>审计日志完整。</translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1</source>
        <translation>审计日志已被篡改：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The first day of the records shown.</source>
        <translation>所显示记录的第一天。</translation>
    </message>
    <message>
        <source>The last day of the records shown.</source>
        <translation>所显示记录的最后一天。</translation>
    </message>
    <message>
        <source>Only the records of this user (empty: everyone).</source>
        <translation>只显示该用户的记录（留空：所有人）。</translation>
    </message>
    <message>
        <source>Only the records of this action (empty: every action).</source>
        <translation>只显示该操作的记录（留空：所有操作）。</translation>
    </message>
    <message>
        <source>Closes the audit log.</source>
        <translation>关闭审计日志。</translation>
    </message>
    <message>
        <source>Shows the records that match the filters.</source>
        <translation>显示符合筛选条件的记录。</translation>
    </message>
    <message>
        <source>One row per record: time, user, window, action, subject and detail.</source>
        <translation>每行一条记录：时间、用户、窗口、操作、对象和详情。</translation>
    </message>
    <message>
        <source>Checks the hash chain of the whole log for changed or missing records.</source>
        <translation>校验整个日志的哈希链，查出被改动或缺失的记录。</translation>
    </message>
    <message>
        <source>Writes the records shown to a JSON file.</source>
        <translation>将所显示的记录导出为 JSON 文件。</translation>
    </message>
</context>
<context>
    <name>ow::AuditLog</name>
    <message>
        <source>Cannot write the audit log in %1: %2</source>
        <translation>无法写入 %1 中的审计日志：%2</translation>
    </message>
    <message>
        <source>Cannot read the audit log in %1: %2</source>
        <translation>无法读取 %1 中的审计日志：%2</translation>
    </message>
</context>
<context>
    <name>ow::AuditModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>hall set up</source>
        <translation>设置大厅</translation>
    </message>
    <message>
        <source>demo user created</source>
        <translation>创建演示用户</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>账户锁定</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>screen locked</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒绝操作</translation>
    </message>
    <message>
        <source>user added</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>account unlocked</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>account reactivated</source>
        <translation>重新启用账户</translation>
    </message>
    <message>
        <source>account deactivated</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>audit log exported</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>audit log checked</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>shift handed over</source>
        <translation>交班</translation>
    </message>
</context>
<context>
    <name>ow::CalendarAdmin</name>
    <message>
        <source>the built-in holiday calendar is missing from this build</source>
        <translation>本程序缺少内置的节假日日历</translation>
    </message>
    <message>
        <source>Cannot read the holiday calendar from %1: %2</source>
        <translation>无法从 %1 读取节假日日历：%2</translation>
    </message>
    <message>
        <source>The year %1 is outside 2000–2100.</source>
        <translation>年份 %1 不在 2000–2100 之间。</translation>
    </message>
    <message>
        <source>%1 needs a name (the holiday it belongs to).</source>
        <translation>%1 需要名称（所属节日）。</translation>
    </message>
    <message>
        <source>the calendar of %1</source>
        <translation>%1 年日历</translation>
    </message>
    <message>
        <source>Cannot store the calendar of %1 in %2: %3</source>
        <translation>无法将 %1 年日历保存到 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar of %1 has no draft to publish.</source>
        <translation>%1 年日历没有待发布的草稿。</translation>
    </message>
    <message>
        <source>Cannot publish the calendar of %1 in %2: %3</source>
        <translation>无法在 %2 中发布 %1 年日历：%3</translation>
    </message>
</context>
<context>
    <name>ow::CalendarData</name>
    <message>
        <source>the built-in holiday calendar is missing from this build</source>
        <translation>本程序缺少内置的节假日日历</translation>
    </message>
</context>
<context>
    <name>ow::CaseArchive</name>
    <message>
        <source>%1 exists and is not a folder; name a folder for the archive.</source>
        <translation>%1 已存在且不是文件夹；请为归档指定一个文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 is not empty; name an empty or new folder, or add --force to write into it.</source>
        <translation>文件夹 %1 不是空的；请指定一个空文件夹或新文件夹，或加上 --force 写入其中。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Case form</source>
        <translation>办件登记表</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>校验码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>收件时间</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>残疾人证</translation>
    </message>
    <message>
        <source>held</source>
        <translation>持有</translation>
    </message>
    <message>
        <source>Applicant (enterprise)</source>
        <translation>申请人（企业）</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代办人</translation>
    </message>
    <message>
        <source>Agent&apos;s ID number</source>
        <translation>代办人身份证号码</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>授权委托</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
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
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>Decision note</source>
        <translation>决定说明</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
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
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>免提交</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <source>The case has no number; nothing was written.</source>
        <translation>该办件没有编号；未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Electronic archive of case %1</source>
        <translation>办件 %1 电子档案</translation>
    </message>
    <message>
        <source>Cannot draw %1 as PDF.</source>
        <translation>无法把 %1 绘制为 PDF。</translation>
    </message>
    <message>
        <source>%1 — %2, page %3</source>
        <translation>%1 — %2，第 %3 页</translation>
    </message>
    <message>
        <source>The scan %1 of %2 cannot be put into the archive: %3</source>
        <translation>%2 的扫描件 %1 无法放入档案：%3</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>无法读回 %1：%2</translation>
    </message>
</context>
<context>
    <name>ow::CaseDetailView</name>
    <message>
        <source>Case %1</source>
        <translation>办件 %1</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>办件详情</translation>
    </message>
    <message>
        <source>check code %1</source>
        <translation>校验码 %1</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>代办人：</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>办结期限：</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Materials arrived: acce&amp;pt (受理)</source>
        <translation>材料已补齐：受理(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Refuse (不予受理)…</source>
        <translation>不予受理(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;view (审查)</source>
        <translation>审查(&amp;V)</translation>
    </message>
    <message>
        <source>Co&amp;nclude (办结)</source>
        <translation>办结(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Deliver (送达)</source>
        <translation>送达(&amp;D)</translation>
    </message>
    <message>
        <source>Arch&amp;ive (归档)</source>
        <translation>归档(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Withdraw (撤回)…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <source>The missing materials arrived: accept the case</source>
        <translation>补正材料已收齐：受理本件</translation>
    </message>
    <message>
        <source>Refuse the case, with reasons</source>
        <translation>不予受理，须说明理由</translation>
    </message>
    <message>
        <source>Send the case to review</source>
        <translation>转入审查</translation>
    </message>
    <message>
        <source>Conclude the case</source>
        <translation>办结本件</translation>
    </message>
    <message>
        <source>Record that the result was delivered</source>
        <translation>记录办理结果已送达</translation>
    </message>
    <message>
        <source>Archive the case</source>
        <translation>归档本件</translation>
    </message>
    <message>
        <source>Withdraw the case at the applicant&apos;s request, with the reason</source>
        <translation>应申请人要求撤回本件，须填写原因</translation>
    </message>
    <message>
        <source>&amp;Timeline:</source>
        <translation>办理过程(&amp;T)：</translation>
    </message>
    <message>
        <source>Timeline of the case</source>
        <translation>办件的办理过程</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>N&amp;ote with the step:</source>
        <translation>本步备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Note recorded with the next step (optional)</source>
        <translation>随下一步记录的备注（可选）</translation>
    </message>
    <message>
        <source>optional, e.g. delivered by post, tracking number</source>
        <translation>可选，例如：邮寄送达及运单号</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel this step</source>
        <translation>取消这一步</translation>
    </message>
    <message>
        <source>Result of the last step</source>
        <translation>上一步的结果</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>办件 %1 — %2</translation>
    </message>
    <message>
        <source>%1: not with your role.</source>
        <translation>%1：您的角色不能办理。</translation>
    </message>
    <message>
        <source>None: the case&apos;s life is over.</source>
        <translation>无：本件已办理完毕。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step this case can take now.</source>
        <translation>本件现在不能“%1”。</translation>
    </message>
    <message>
        <source>Reason for the withdrawal (required):</source>
        <translation>撤回原因（必填）：</translation>
    </message>
    <message>
        <source>Reasons for the refusal (required):</source>
        <translation>不予受理理由（必填）：</translation>
    </message>
    <message>
        <source>Reason for the withdrawal</source>
        <translation>撤回原因</translation>
    </message>
    <message>
        <source>Reasons for the refusal</source>
        <translation>不予受理理由</translation>
    </message>
    <message>
        <source>Confirm withdrawal</source>
        <translation>确认撤回</translation>
    </message>
    <message>
        <source>Confirm refusal</source>
        <translation>确认不予受理</translation>
    </message>
    <message>
        <source>Type the reason, then Enter; Esc cancels.</source>
        <translation>请填写原因后按回车；按 Esc 取消。</translation>
    </message>
    <message>
        <source>Withdrawing a case needs the applicant&apos;s reason.</source>
        <translation>撤回办件须填写申请人的撤回原因。</translation>
    </message>
    <message>
        <source>A refusal needs its reasons.</source>
        <translation>不予受理须说明理由。</translation>
    </message>
    <message>
        <source>Case %1 is now &quot;%2&quot;.</source>
        <translation>办件 %1 现为“%2”。</translation>
    </message>
    <message>
        <source>Signed by the agent:</source>
        <translation>代办人签名：</translation>
    </message>
    <message>
        <source>Signed by the applicant:</source>
        <translation>申请人签名：</translation>
    </message>
    <message>
        <source>One case: its timeline, the next steps and the case&apos;s details.</source>
        <translation>一个办件：办理过程、下一步操作和办件详情。</translation>
    </message>
    <message>
        <source>Every step of the case so far, with its time, user and note.</source>
        <translation>办件至今的每一步，含时间、经办人和备注。</translation>
    </message>
    <message>
        <source>A note recorded with the next step.</source>
        <translation>与下一步一同记录的备注。</translation>
    </message>
    <message>
        <source>The reason this step needs; required.</source>
        <translation>此步骤所需的原因，必填。</translation>
    </message>
    <message>
        <source>Records the step with the reason given.</source>
        <translation>按所填原因记录此步骤。</translation>
    </message>
    <message>
        <source>Goes back without recording the step.</source>
        <translation>返回，不记录此步骤。</translation>
    </message>
    <message>
        <source>The applicant, agent, items, materials and deadline of the case.</source>
        <translation>办件的申请人、代办人、事项、材料和办结时限。</translation>
    </message>
    <message>
        <source>Records the step &quot;%1&quot; on the case&apos;s timeline.</source>
        <translation>在办理过程中记录“%1”这一步。</translation>
    </message>
</context>
<context>
    <name>ow::CaseDocuments</name>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>QDate::toString format of dates on printed documents</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>%1, window %2</source>
        <translation>%1，%2 号窗口</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Applicant (enterprise)</source>
        <translation>申请人（企业）</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代办人</translation>
    </message>
    <message>
        <source>Agent&apos;s ID number</source>
        <translation>代办人身份证号码</translation>
    </message>
    <message>
        <source>Agent&apos;s phone</source>
        <translation>代办人联系电话</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>授权委托</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>校验码</translation>
    </message>
    <message>
        <source>To %1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <source>%1 (government service hotline), quoting the case number</source>
        <translation>%1（政务服务便民热线），咨询时请提供办件编号</translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>%1 (provisional: next year&apos;s holiday calendar is not yet published)</source>
        <translation>%1（暂定：次年节假日安排尚未公布）</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>办结期限</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>an e-licence or shared data</source>
        <translation>电子证照或数据共享</translation>
    </message>
    <message>
        <source>%1 — replaced by %2</source>
        <translation>%1 — 由%2替代</translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation>已收材料</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
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
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Materials to follow</source>
        <translation>待补交材料</translation>
    </message>
    <message>
        <source>The application was accepted without these. Please bring them as soon as possible, quoting the case number; the case cannot be concluded without them.</source>
        <translation>本申请已在上述材料暂缺的情况下受理。请尽快携带上述材料并提供办件编号补交；材料补齐前，办件无法办结。</translation>
    </message>
    <message>
        <source>Needed for</source>
        <translation>所需事项</translation>
    </message>
    <message>
        <source>Waived (no need to submit)</source>
        <translation>免提交（无需申请人提交）</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>替代方式</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>This receipt shows that the application above was accepted on the date given. Keep it: quote the case number to ask about the case or to collect the result.</source>
        <translation>本回执证明上述申请已于所载日期受理。请妥善保存：查询办件或领取办理结果时，请提供办件编号。</translation>
    </message>
    <message>
        <source>Applicant (signature)</source>
        <translation>申请人（签字）</translation>
    </message>
    <message>
        <source>Clerk (signature)</source>
        <translation>经办人（签字）</translation>
    </message>
    <message>
        <source>One-time supplement notice</source>
        <translation>一次性补正告知书</translation>
    </message>
    <message>
        <source>We received your application for the items above on %1. The materials below are missing or not in the statutory form. This notice lists everything to be supplemented, all at once.</source>
        <translation>本机关于%1收到你（单位）关于上述事项的申请。下列材料不齐全或者不符合法定形式，现将需要补正的全部内容一次性告知如下。</translation>
    </message>
    <message>
        <source>needed for %1</source>
        <translation>%1 所需</translation>
    </message>
    <message>
        <source>Materials to supplement</source>
        <translation>需补正材料</translation>
    </message>
    <message>
        <source>Condition / note</source>
        <translation>情形 / 说明</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>补正地点和时间</translation>
    </message>
    <message>
        <source>Please bring all of the materials above to %1, quoting case number %2.</source>
        <translation>请携带上述全部材料到%1补正，并提供办件编号 %2。</translation>
    </message>
    <message>
        <source>Opening hours: %1.</source>
        <translation>办理时间：%1。</translation>
    </message>
    <message>
        <source>Once the materials are complete and in the statutory form, the application will be accepted.</source>
        <translation>材料齐全、符合法定形式后，将予以受理。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Under %1, where application materials are incomplete or not in the statutory form, the authority shall tell the applicant everything to be supplemented at once, on the spot or within five days; if it does not, the application counts as accepted from the day the materials were received.</source>
        <translation>根据%1，申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知申请人需要补正的全部内容；逾期不告知的，自收到申请材料之日起即为受理。</translation>
    </message>
    <message>
        <source>Received by the applicant (signature)</source>
        <translation>申请人签收（签字）</translation>
    </message>
    <message>
        <source>Notice of refusal to accept</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>Deciding office</source>
        <translation>决定机关</translation>
    </message>
    <message>
        <source>Your application for the items above, received on %1, is not accepted, for the reasons below.</source>
        <translation>你（单位）于%1提出的上述事项申请，因下列理由，决定不予受理。</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>(no reason was recorded: ask at the window)</source>
        <translation>（未记录理由：请到窗口咨询）</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>权利告知</translation>
    </message>
    <message>
        <source>If you disagree with this decision, you may apply for administrative review under %1 within %2 days of the day you knew or should have known of it, or bring an administrative lawsuit before a people&apos;s court under %3 within %4 months of that day.</source>
        <translation>如对本决定不服，可以自知道或者应当知道该决定之日起 %2 日内，依照%1申请行政复议；也可以自知道或者应当知道该决定之日起 %4 个月内，依照%3向人民法院提起行政诉讼。</translation>
    </message>
    <message>
        <source>Agent (signature)</source>
        <translation>代办人（签名）</translation>
    </message>
    <message>
        <source>Received by the agent (signature)</source>
        <translation>代办人签收（签名）</translation>
    </message>
</context>
<context>
    <name>ow::CaseJson</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>must be an object {…}</source>
        <translation>应为对象 {…}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>应为字符串数组</translation>
    </message>
    <message>
        <source>must be a date YYYY-MM-DD or null</source>
        <translation>应为日期 YYYY-MM-DD 或 null</translation>
    </message>
    <message>
        <source>must be a time in ISO 8601 with its zone, e.g. 2026-11-30T09:15:00.000+08:00 or 2026-11-30T01:15:00.000Z</source>
        <translation>应为带时区的 ISO 8601 时间，例如 2026-11-30T09:15:00.000+08:00 或 2026-11-30T01:15:00.000Z</translation>
    </message>
    <message>
        <source>must be &quot;person&quot; or &quot;enterprise&quot;, not &quot;%1&quot;</source>
        <translation>应为 &quot;person&quot; 或 &quot;enterprise&quot;，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>differs from the birth date in the resident ID number</source>
        <translation>与身份证号码中的出生日期不符</translation>
    </message>
    <message>
        <source>an enterprise has no birth date: use null</source>
        <translation>企业没有出生日期：请用 null</translation>
    </message>
    <message>
        <source>must be &quot;原件&quot;, &quot;复印件&quot; or &quot;电子&quot;, not &quot;%1&quot;</source>
        <translation>应为 &quot;原件&quot;、&quot;复印件&quot; 或 &quot;电子&quot;，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be &quot;received&quot;, &quot;missing&quot; or &quot;waived&quot;, not &quot;%1&quot;</source>
        <translation>应为 &quot;received&quot;、&quot;missing&quot; 或 &quot;waived&quot;，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be the SHA-256 of a scan (64 lower-case hex digits)</source>
        <translation>应为扫描件的 SHA-256（64 位小写十六进制）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status (%2)</source>
        <translation>&quot;%1&quot; 不是办件状态（%2）</translation>
    </message>
    <message>
        <source>must be a UUID in lower case, e.g. 3f2a6857-1632-4770-8614-b9c0d1e2f3a4</source>
        <translation>应为小写 UUID，例如 3f2a6857-1632-4770-8614-b9c0d1e2f3a4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number (centre-window-date-sequence, e.g. XC01-03-20261130-0007)</source>
        <translation>&quot;%1&quot; 不是办件编号（中心-窗口-日期-序号，例如 XC01-03-20261130-0007）</translation>
    </message>
    <message>
        <source>%1 does not belong to centre &quot;%2&quot;, window %3</source>
        <translation>%1 不属于中心 &quot;%2&quot; 的 %3 号窗口</translation>
    </message>
    <message>
        <source>%1 is not on the day of the case number %2</source>
        <translation>%1 不在办件编号 %2 的日期</translation>
    </message>
    <message>
        <source>a case needs at least one item</source>
        <translation>办件至少需要一个事项</translation>
    </message>
    <message>
        <source>must be an item code such as E001 or P063.2</source>
        <translation>应为事项编码，例如 E001 或 P063.2</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 重复出现</translation>
    </message>
    <message>
        <source>must be an array of materials</source>
        <translation>应为材料数组</translation>
    </message>
    <message>
        <source>%1 is in the checklist twice</source>
        <translation>%1 在材料清单中重复出现</translation>
    </message>
    <message>
        <source>must be an array of events</source>
        <translation>应为事件数组</translation>
    </message>
    <message>
        <source>a case needs at least its &quot;received&quot; event</source>
        <translation>办件至少需要&quot;收件&quot;事件</translation>
    </message>
    <message>
        <source>%1 is before the case was received (%2)</source>
        <translation>%1 早于收件时间（%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not what the events lead to (&quot;%2&quot;)</source>
        <translation>&quot;%1&quot; 与事件记录得出的状态（&quot;%2&quot;）不符</translation>
    </message>
    <message>
        <source>the case was accepted: the date of acceptance and the deadline are needed</source>
        <translation>办件已受理：需要受理日期和办结期限</translation>
    </message>
    <message>
        <source>%1 is before the acceptance on %2</source>
        <translation>%1 早于受理日期 %2</translation>
    </message>
    <message>
        <source>%1 is before the case was received</source>
        <translation>%1 早于收件日期</translation>
    </message>
    <message>
        <source>the case was never accepted: it has no acceptance date or deadline</source>
        <translation>办件未受理：不应有受理日期或办结期限</translation>
    </message>
    <message>
        <source>the case was refused: the reasons are needed</source>
        <translation>办件不予受理：需要说明理由</translation>
    </message>
    <message>
        <source>not a JSON document: %1 at byte %2</source>
        <translation>不是 JSON 文档：第 %2 字节处%1</translation>
    </message>
    <message>
        <source>the document must be an object {&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: %2, &quot;cases&quot;: […]}</source>
        <translation>文档应为对象 {&quot;format&quot;: &quot;%1&quot;, &quot;version&quot;: %2, &quot;cases&quot;: […]}</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;</source>
        <translation>format：应为 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version: this OneWindow reads version %1 only</source>
        <translation>version：本版一窗通只能读取第 %1 版</translation>
    </message>
    <message>
        <source>cases: must be an array of cases</source>
        <translation>cases：应为办件数组</translation>
    </message>
    <message>
        <source>%1.id: the same id as cases[%2]</source>
        <translation>%1.id：与 cases[%2] 的 id 相同</translation>
    </message>
    <message>
        <source>%1.number: the same number as cases[%2]</source>
        <translation>%1.number：与 cases[%2] 的编号相同</translation>
    </message>
    <message>
        <source>%1.applicant.kind: the same identifier is another kind of applicant in an earlier case</source>
        <translation>%1.applicant.kind：同一证件号码在前面的办件中是另一类申请人</translation>
    </message>
</context>
<context>
    <name>ow::CaseLifecycle</name>
    <message>
        <source>received</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>supplement requested</source>
        <translation>补正</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>concluded</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>The case has no event; it must begin with &quot;received&quot;.</source>
        <translation>该办件没有任何事件；办件必须从“收件”开始。</translation>
    </message>
    <message>
        <source>The case begins with &quot;%1&quot;; it must begin with &quot;received&quot;.</source>
        <translation>该办件从“%1”开始；办件必须从“收件”开始。</translation>
    </message>
    <message>
        <source>Event %1 (%2) is dated before the event before it.</source>
        <translation>第 %1 个事件（%2）的时间早于前一个事件。</translation>
    </message>
    <message>
        <source>Event %1: a case that is &quot;%2&quot; cannot become &quot;%3&quot;.</source>
        <translation>第 %1 个事件：处于“%2”的办件不能变为“%3”。</translation>
    </message>
</context>
<context>
    <name>ow::CaseListModel</name>
    <message>
        <source> · green channel</source>
        <translation> · 绿色通道</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source> — overdue</source>
        <translation> — 已超期</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
</context>
<context>
    <name>ow::CaseListView</name>
    <message>
        <source>Cases of the day</source>
        <translation>当日办件</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>办件数量</translation>
    </message>
    <message>
        <source>Cases; Enter opens one</source>
        <translation>办件列表；回车打开</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，%n 件已超期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n green channel</source>
        <translation>
            <numerusform>，绿色通道 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show which cases</source>
        <translation>显示哪些办件</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部办件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>The hall&apos;s cases of a day or a period, with their state and deadline.</source>
        <translation>本中心某一天或某一期间的办件及其状态和时限。</translation>
    </message>
    <message>
        <source>The first day of the cases listed.</source>
        <translation>所列办件的第一天。</translation>
    </message>
    <message>
        <source>The last day of the cases listed.</source>
        <translation>所列办件的最后一天。</translation>
    </message>
    <message>
        <source>Which cases: all, the open ones, the overdue ones or one state.</source>
        <translation>显示哪些办件：全部、在办、超期或某一状态。</translation>
    </message>
    <message>
        <source>Reads the list again from the database.</source>
        <translation>从数据库重新读取列表。</translation>
    </message>
    <message>
        <source>One row per case, the applicant masked; Enter opens the selected case.</source>
        <translation>每行一个办件，申请人已脱敏；按回车键打开选中的办件。</translation>
    </message>
</context>
<context>
    <name>ow::CaseRepository</name>
    <message>
        <source>A case needs its window number (1 to 999), not %1.</source>
        <translation>办件须有窗口号（1 至 999），不能是 %1。</translation>
    </message>
    <message>
        <source>A case needs the time it was received.</source>
        <translation>办件须有收件时间。</translation>
    </message>
    <message>
        <source>The centre code &apos;%1&apos; cannot begin a case number (2 to 16 capital letters or digits).</source>
        <translation>中心代码“%1”不能作为办件编号的开头（须为 2 至 16 位大写字母或数字）。</translation>
    </message>
    <message>
        <source>A case needs the user who took it in.</source>
        <translation>办件须记录收件用户。</translation>
    </message>
    <message>
        <source>A case needs at least one item.</source>
        <translation>办件须至少包含一个事项。</translation>
    </message>
    <message>
        <source>The applicant needs a name.</source>
        <translation>申请人须有姓名或名称。</translation>
    </message>
    <message>
        <source>The applicant&apos;s resident ID number is not valid: %1</source>
        <translation>申请人的居民身份证号码无效：%1</translation>
    </message>
    <message>
        <source>The applicant&apos;s unified social credit code is not valid: %1</source>
        <translation>申请人的统一社会信用代码无效：%1</translation>
    </message>
    <message>
        <source>The applicant&apos;s phone number is not valid: %1</source>
        <translation>申请人的电话号码无效：%1</translation>
    </message>
    <message>
        <source>The agent needs a name.</source>
        <translation>代办人须有姓名。</translation>
    </message>
    <message>
        <source>The agent&apos;s resident ID number is not valid: %1</source>
        <translation>代办人的居民身份证号码无效：%1</translation>
    </message>
    <message>
        <source>The agent&apos;s phone number is not valid: %1</source>
        <translation>代办人的电话号码无效：%1</translation>
    </message>
    <message>
        <source>An agent needs the applicant&apos;s authorization.</source>
        <translation>由代办人办理时须有申请人的授权委托。</translation>
    </message>
    <message>
        <source>Event %1 needs its time and the user who recorded it.</source>
        <translation>事件 %1 须有时间和记录该事件的用户。</translation>
    </message>
    <message>
        <source>Cannot %1 in %2: %3</source>
        <translation>无法在 %2 中%1：%3</translation>
    </message>
    <message>
        <source>record event %1 of the case</source>
        <translation>记录办件的事件 %1</translation>
    </message>
    <message>
        <source>record the material %1</source>
        <translation>记录材料 %1</translation>
    </message>
    <message>
        <source>Cannot read the events of a case from %1: %2</source>
        <translation>无法从 %1 读取办件的事件：%2</translation>
    </message>
    <message>
        <source>Cannot read the case %1 from %2: %3</source>
        <translation>无法从 %2 读取办件 %1：%3</translation>
    </message>
    <message>
        <source>There is no case %1 in %2.</source>
        <translation>%2 中没有办件 %1。</translation>
    </message>
    <message>
        <source>Cannot store the case in %1: %2</source>
        <translation>无法把办件存入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot number the case in %1: %2</source>
        <translation>无法在 %1 中为办件编号：%2</translation>
    </message>
    <message>
        <source>Cannot read the applicants&apos; archive from %1: %2</source>
        <translation>无法从 %1 读取申请人档案：%2</translation>
    </message>
    <message>
        <source>%1 is in the archive as another kind of applicant.</source>
        <translation>%1 已作为另一类申请人存入档案。</translation>
    </message>
    <message>
        <source>record the applicant</source>
        <translation>记录申请人</translation>
    </message>
    <message>
        <source>record the case %1</source>
        <translation>记录办件 %1</translation>
    </message>
    <message>
        <source>record the item %1</source>
        <translation>记录事项 %1</translation>
    </message>
    <message>
        <source>Cannot read a case from %1: %2</source>
        <translation>无法从 %1 读取办件：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a decision: record it with the checklist and the deadline.</source>
        <translation>“%1”是受理决定：须连同材料清单和办结期限一并记录。</translation>
    </message>
    <message>
        <source>record the status of %1</source>
        <translation>记录 %1 的状态</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a decision at the counter (accepted, supplement requested or refused).</source>
        <translation>“%1”不是窗口作出的决定（受理、补正或不予受理）。</translation>
    </message>
    <message>
        <source>Accepting a case needs the date of acceptance and a deadline not before it.</source>
        <translation>受理办件须有受理日期，且办结期限不得早于受理日期。</translation>
    </message>
    <message numerus="yes">
        <source>The case cannot be accepted while %n required material(s) are missing.</source>
        <translation>
            <numerusform>尚缺 %n 项必须提交的材料，办件不能受理。</numerusform>
        </translation>
    </message>
    <message>
        <source>A supplement notice needs at least one missing required material.</source>
        <translation>一次性补正告知书须至少列明一项缺少的必须提交材料。</translation>
    </message>
    <message>
        <source>A refusal needs its reasons.</source>
        <translation>不予受理须说明理由。</translation>
    </message>
    <message>
        <source>record the decision on %1</source>
        <translation>记录对 %1 的决定</translation>
    </message>
    <message>
        <source>Cannot read the cases from %1: %2</source>
        <translation>无法从 %1 读取办件列表：%2</translation>
    </message>
    <message>
        <source>The case id &apos;%1&apos; is not a UUID in lower case.</source>
        <translation>办件 id &apos;%1&apos; 不是小写 UUID。</translation>
    </message>
    <message>
        <source>The case number &apos;%1&apos; is not one of centre %2, window %3.</source>
        <translation>办件编号 &apos;%1&apos; 不属于中心 %2 的 %3 号窗口。</translation>
    </message>
    <message>
        <source>The case %1 is already stored under the number %2, not %3.</source>
        <translation>办件 %1 已以编号 %2 保存，而不是 %3。</translation>
    </message>
    <message>
        <source>The number %1 already belongs to another case (%2).</source>
        <translation>编号 %1 已属于另一个办件（%2）。</translation>
    </message>
    <message>
        <source>Cannot store the cases in %1: %2</source>
        <translation>无法在 %1 中保存办件：%2</translation>
    </message>
    <message>
        <source>cases[%1] (%2): %3; nothing was imported.</source>
        <translation>cases[%1]（%2）：%3；未导入任何办件。</translation>
    </message>
    <message>
        <source>record scan %1 of the material %2</source>
        <translation>记录材料 %2 的第 %1 个扫描件</translation>
    </message>
</context>
<context>
    <name>ow::CaseService</name>
    <message>
        <source>Cannot store the case in %1: %2</source>
        <translation>无法把办件存入 %1：%2</translation>
    </message>
    <message>
        <source>There is no case %1 in this database.</source>
        <translation>本数据库中没有办件 %1。</translation>
    </message>
    <message>
        <source>Case %1 is &quot;%2&quot;: its life is over, it cannot become &quot;%3&quot;.</source>
        <translation>办件 %1 为“%2”，已办理完毕，不能再“%3”。</translation>
    </message>
    <message>
        <source>Case %1 is &quot;%2&quot;: it cannot become &quot;%3&quot; (it can become: %4).</source>
        <translation>办件 %1 为“%2”，不能“%3”（可以：%4）。</translation>
    </message>
    <message>
        <source>Case %1&apos;s last event (&quot;%2&quot;) is dated %3, after this workstation&apos;s clock (%4): check the clock, nothing was recorded.</source>
        <translation>办件 %1 的上一步（“%2”）时间为 %3，晚于本机时钟（%4）：请检查时钟，未记录任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a later step of a case: it is recorded at the counter with the checklist.</source>
        <translation>“%1”不是办件的后续步骤：它在窗口随材料清单一并记录。</translation>
    </message>
    <message>
        <source>Withdrawing a case needs the applicant&apos;s reason.</source>
        <translation>撤回办件须填写申请人的撤回原因。</translation>
    </message>
    <message>
        <source>A refusal needs its reasons.</source>
        <translation>不予受理须说明理由。</translation>
    </message>
</context>
<context>
    <name>ow::CaseSignatureService</name>
    <message>
        <source>The signature is empty: ask the signer to sign again.</source>
        <translation>签名为空：请签名人重新签名。</translation>
    </message>
    <message>
        <source>The signature is not a PNG image.</source>
        <translation>签名不是 PNG 图像。</translation>
    </message>
    <message>
        <source>The signature image is too large (%1 bytes, at most %2).</source>
        <translation>签名图像过大（%1 字节，最多 %2）。</translation>
    </message>
    <message>
        <source>Case %1 has no agent: the applicant signs it.</source>
        <translation>办件 %1 没有代办人：应由申请人签名。</translation>
    </message>
    <message>
        <source>Case %1 is archived: it takes no more signatures.</source>
        <translation>办件 %1 已归档，不再接受签名。</translation>
    </message>
    <message>
        <source>Cannot store the signature in %1: %2</source>
        <translation>无法在 %1 中保存签名：%2</translation>
    </message>
    <message>
        <source>Cannot read the signatures from %1: %2</source>
        <translation>无法从 %1 读取签名：%2</translation>
    </message>
    <message>
        <source>Case %1 already has the agent&apos;s signature.</source>
        <translation>办件 %1 已有代办人签名。</translation>
    </message>
    <message>
        <source>Case %1 already has the applicant&apos;s signature.</source>
        <translation>办件 %1 已有申请人签名。</translation>
    </message>
</context>
<context>
    <name>ow::CaseTimelineModel</name>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ow::CatalogAdminView</name>
    <message>
        <source>e-licence</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <source>shared data</source>
        <translation>共享数据</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Catalog and guides</source>
        <translation>事项与指南管理</translation>
    </message>
    <message>
        <source>Edit items, guides and the materials dictionary as drafts, then check and publish them for every counter</source>
        <translation>以草稿方式编辑事项、办事指南和材料目录，检查后发布到所有窗口</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Ctrl+Tab moves between the sections</source>
        <translation>Ctrl+Tab 在各页面之间切换</translation>
    </message>
    <message>
        <source>&amp;Items and guides</source>
        <translation>事项与指南(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Materials dictionary</source>
        <translation>材料目录(&amp;M)</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>发布(&amp;U)</translation>
    </message>
    <message>
        <source>Plan &amp;ledger</source>
        <translation>规划台账(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Holiday calendar</source>
        <translation>节假日(&amp;H)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What the last action did, or why it did not</source>
        <translation>上一步操作的结果，或未完成的原因</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <source>Lifecycles, stages, scenes, items and sub-items; choose one to edit it</source>
        <translation>生命周期、阶段、场景、事项和子项；选中后即可编辑</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The code of the item or sub-item being edited</source>
        <translation>正在编辑的事项或子项编码</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Stage and scene</source>
        <translation>阶段和场景</translation>
    </message>
    <message>
        <source>Where the item sits in the catalog</source>
        <translation>事项在目录中的位置</translation>
    </message>
    <message>
        <source>Stage / scene:</source>
        <translation>阶段 / 场景：</translation>
    </message>
    <message>
        <source>The name of the item or sub-item as the counters show it</source>
        <translation>窗口显示的事项或子项名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>全域办: offered across regions (全省通办)</source>
        <translation>全域办：跨区域办理（全省通办）</translation>
    </message>
    <message>
        <source>Offered across regions</source>
        <translation>跨区域办理</translation>
    </message>
    <message>
        <source>Marks the item 全域办: it can be handled in any hall of the province</source>
        <translation>标记为全域办：全省任一政务服务大厅均可办理</translation>
    </message>
    <message>
        <source>Guide version</source>
        <translation>指南版本</translation>
    </message>
    <message>
        <source>Which version of the guide is being edited</source>
        <translation>正在编辑的指南版本</translation>
    </message>
    <message>
        <source>Guide:</source>
        <translation>办事指南：</translation>
    </message>
    <message>
        <source>%1 in working days</source>
        <translation>%1（工作日）</translation>
    </message>
    <message>
        <source>Whole working days, at least 1; or tick 即办</source>
        <translation>整数个工作日，至少 1 个；或勾选即办</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>即办 (on the spot)</source>
        <translation>即办（当场办结）</translation>
    </message>
    <message>
        <source>%1: on the spot</source>
        <translation>%1：即办</translation>
    </message>
    <message>
        <source>Decided at the counter the same day; the days are then not used</source>
        <translation>窗口当日办结；勾选后不使用天数</translation>
    </message>
    <message>
        <source>&amp;Promised time limit:</source>
        <translation>承诺办结时限(&amp;P)：</translation>
    </message>
    <message>
        <source>Promised time limit</source>
        <translation>承诺办结时限</translation>
    </message>
    <message>
        <source>L&amp;egal time limit:</source>
        <translation>法定办结时限(&amp;E)：</translation>
    </message>
    <message>
        <source>Legal time limit</source>
        <translation>法定办结时限</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概述</translation>
    </message>
    <message>
        <source>What the item is, in one or two sentences</source>
        <translation>用一两句话说明事项内容</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>概述(&amp;Y)：</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>受理条件</translation>
    </message>
    <message>
        <source>The conditions of the guide, one per line</source>
        <translation>指南的受理条件，每行一条</translation>
    </message>
    <message>
        <source>C&amp;onditions:</source>
        <translation>受理条件(&amp;O)：</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>The materials of the guide, by their key in the dictionary; Delete removes the chosen one</source>
        <translation>指南的申请材料（按材料目录键名）；可移除选中的材料</translation>
    </message>
    <message>
        <source>Ma&amp;terials:</source>
        <translation>申请材料(&amp;T)：</translation>
    </message>
    <message>
        <source>Material to add</source>
        <translation>要添加的材料</translation>
    </message>
    <message>
        <source>A material of the dictionary to add to the guide</source>
        <translation>从材料目录中选择要加入指南的材料</translation>
    </message>
    <message>
        <source>A&amp;dd material</source>
        <translation>添加材料(&amp;D)</translation>
    </message>
    <message>
        <source>Adds the chosen dictionary material to the guide</source>
        <translation>将选中的目录材料加入指南</translation>
    </message>
    <message>
        <source>&amp;Remove material</source>
        <translation>移除材料(&amp;R)</translation>
    </message>
    <message>
        <source>Removes the chosen material from the guide</source>
        <translation>从指南中移除选中的材料</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>添加(&amp;A)：</translation>
    </message>
    <message>
        <source>The guide asks for %1 already.</source>
        <translation>指南中已有材料 %1。</translation>
    </message>
    <message>
        <source>&amp;Save drafts</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>Keeps every edit as a draft; the counters see nothing before Publish</source>
        <translation>将修改保存为草稿；发布前各窗口看不到</translation>
    </message>
    <message>
        <source>&amp;Compare versions…</source>
        <translation>比较版本(&amp;C)…</translation>
    </message>
    <message>
        <source>Shows two versions of this item&apos;s guide side by side</source>
        <translation>并排显示本事项指南的两个版本</translation>
    </message>
    <message>
        <source>Materials dictionary</source>
        <translation>材料目录</translation>
    </message>
    <message>
        <source>Every material key guides may use; choose one to edit it below</source>
        <translation>指南可使用的全部材料键名；选中后在下方编辑</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键名</translation>
    </message>
    <message>
        <source>Replaceable by</source>
        <translation>可替代方式</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Material key</source>
        <translation>材料键名</translation>
    </message>
    <message>
        <source>Canonical key: lower-case letters, digits and _, e.g. id_card</source>
        <translation>规范键名：小写字母、数字和下划线，例如 id_card</translation>
    </message>
    <message>
        <source>Material name</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>The name applicants read</source>
        <translation>申请人看到的名称</translation>
    </message>
    <message>
        <source>Material description</source>
        <translation>材料说明</translation>
    </message>
    <message>
        <source>What exactly is asked for</source>
        <translation>具体要求</translation>
    </message>
    <message>
        <source>What can replace the paper: an e-licence or shared data</source>
        <translation>可替代纸质材料的方式：电子证照或共享数据</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>键名(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Replaceable by:</source>
        <translation>可替代方式(&amp;R)：</translation>
    </message>
    <message>
        <source>Sa&amp;ve material</source>
        <translation>保存材料(&amp;V)</translation>
    </message>
    <message>
        <source>Adds the material to the dictionary, or changes the one with this key</source>
        <translation>将材料加入目录，或修改同一键名的材料</translation>
    </message>
    <message>
        <source>Problems to fix before publishing:</source>
        <translation>发布前须解决的问题：</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>What stops the publication, one problem per line</source>
        <translation>阻止发布的问题，每行一条</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>The day the new version takes effect</source>
        <translation>新版本开始生效的日期</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>变更说明</translation>
    </message>
    <message>
        <source>What changed, in a sentence; kept with the version</source>
        <translation>用一句话说明变更内容，随版本保存</translation>
    </message>
    <message>
        <source>&amp;Effective on:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Change &amp;note:</source>
        <translation>变更说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>检查(&amp;K)</translation>
    </message>
    <message>
        <source>Lists what would stop a publication now</source>
        <translation>列出当前阻止发布的问题</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>Checks everything, then puts the drafts in force as the next version</source>
        <translation>全面检查后，将草稿作为新版本发布生效</translation>
    </message>
    <message>
        <source>Imp&amp;ort file…</source>
        <translation>导入文件(&amp;O)…</translation>
    </message>
    <message>
        <source>A catalog (JSON or CSV) or one guide (JSON) as a draft; a bad file changes nothing</source>
        <translation>将事项目录（JSON 或 CSV）或一份指南（JSON）导入为草稿；文件有误时不作任何改动</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Saves the working catalog as JSON</source>
        <translation>将当前目录保存为 JSON</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>导出 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>Saves the working catalog as CSV (UTF-8 with BOM, for Excel)</source>
        <translation>将当前目录保存为 CSV（带 BOM 的 UTF-8，可用 Excel 打开）</translation>
    </message>
    <message>
        <source>Import a catalog or guide</source>
        <translation>导入事项目录或指南</translation>
    </message>
    <message>
        <source>Catalog or guide (*.json *.csv)</source>
        <translation>事项目录或指南 (*.json *.csv)</translation>
    </message>
    <message>
        <source>Export the catalog</source>
        <translation>导出事项目录</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Published versions:</source>
        <translation>已发布版本：</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>已发布版本</translation>
    </message>
    <message>
        <source>Every version published so far, newest first; none is ever changed</source>
        <translation>迄今发布的全部版本，最新的在前；已发布版本不可更改</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事项数</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>指南数</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>发布人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Ledger summary</source>
        <translation>台账汇总</translation>
    </message>
    <message>
        <source>How many items count towards the plan&apos;s targets</source>
        <translation>计入规划目标的事项数</translation>
    </message>
    <message>
        <source>Enterprise items against the target</source>
        <translation>企业事项目标完成情况</translation>
    </message>
    <message>
        <source>Enterprise items with at least one mark, of 100</source>
        <translation>至少有一项标记的企业事项数（目标 100）</translation>
    </message>
    <message>
        <source>Individual items against the target</source>
        <translation>个人事项目标完成情况</translation>
    </message>
    <message>
        <source>Individual items with at least one mark, of 100</source>
        <translation>至少有一项标记的个人事项数（目标 100）</translation>
    </message>
    <message>
        <source>Enterprise (E):</source>
        <translation>企业（E）：</translation>
    </message>
    <message>
        <source>Individual (P):</source>
        <translation>个人（P）：</translation>
    </message>
    <message>
        <source>极简办: the guide in force promises fewer days than the law, lets an e-licence or shared data replace a material, or has fewer than 4 steps. 集成办: the item is in a scene (一件事) with other items, each with a guide. 全域办: the item&apos;s cross-region flag (全省通办).</source>
        <translation>极简办：现行指南的承诺时限短于法定时限、有材料可由电子证照或共享数据替代，或办理环节少于 4 个。集成办：事项所在场景（一件事）还有其他事项，且每个事项都有指南。全域办：事项标记为跨区域办理（全省通办）。</translation>
    </message>
    <message>
        <source>How the ledger counts</source>
        <translation>台账计算规则</translation>
    </message>
    <message>
        <source>Plan ledger</source>
        <translation>规划台账</translation>
    </message>
    <message>
        <source>One row per item with its three marks</source>
        <translation>每个事项一行，列出三项标记</translation>
    </message>
    <message>
        <source>极简办</source>
        <translation>极简办</translation>
    </message>
    <message>
        <source>集成办</source>
        <translation>集成办</translation>
    </message>
    <message>
        <source>全域办</source>
        <translation>全域办</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>The year whose days off and make-up workdays are shown</source>
        <translation>显示该年份的放假日和调休上班日</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Calendar version</source>
        <translation>日历版本</translation>
    </message>
    <message>
        <source>Which version of the year is shown</source>
        <translation>当前显示的年度版本</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知文号</translation>
    </message>
    <message>
        <source>The State Council notice the days come from</source>
        <translation>放假安排所依据的国务院办公厅通知</translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation>通知文号(&amp;N)：</translation>
    </message>
    <message>
        <source>Days of the year</source>
        <translation>本年度日期</translation>
    </message>
    <message>
        <source>Every day off and make-up workday of the year; Delete removes one</source>
        <translation>本年度全部放假日和调休上班日；可移除选中的一天</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The date to add</source>
        <translation>要添加的日期</translation>
    </message>
    <message>
        <source>Kind of day</source>
        <translation>日期类型</translation>
    </message>
    <message>
        <source>A day off (放假) or a make-up workday on a weekend (调休上班)</source>
        <translation>放假，或周末调休上班</translation>
    </message>
    <message>
        <source>day off (放假)</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>make-up workday (调休上班)</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>节日名称</translation>
    </message>
    <message>
        <source>The holiday the day belongs to, e.g. 春节 or 春节调休</source>
        <translation>该日所属节日，例如 春节 或 春节调休</translation>
    </message>
    <message>
        <source>A&amp;dd day</source>
        <translation>添加日期(&amp;D)</translation>
    </message>
    <message>
        <source>Adds the day to the year&apos;s list</source>
        <translation>将该日加入本年度列表</translation>
    </message>
    <message>
        <source>&amp;Remove day</source>
        <translation>移除日期(&amp;R)</translation>
    </message>
    <message>
        <source>Removes the chosen day from the list</source>
        <translation>从列表中移除选中的日期</translation>
    </message>
    <message>
        <source>Sa&amp;ve calendar draft</source>
        <translation>保存日历草稿(&amp;V)</translation>
    </message>
    <message>
        <source>Checks the year and keeps it as a draft</source>
        <translation>检查本年度日期并保存为草稿</translation>
    </message>
    <message>
        <source>Pu&amp;blish calendar</source>
        <translation>发布日历(&amp;B)</translation>
    </message>
    <message>
        <source>Puts the year&apos;s draft in force: due dates are counted with it</source>
        <translation>发布本年度草稿，此后按其计算办结期限</translation>
    </message>
    <message>
        <source>not published yet</source>
        <translation>尚未发布</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1（草稿）</translation>
    </message>
    <message>
        <source>%1 (in force)</source>
        <translation>%1（现行）</translation>
    </message>
    <message>
        <source>make-up workday</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 不在 %2 年内。</translation>
    </message>
    <message>
        <source>Name the holiday the day belongs to (e.g. 春节).</source>
        <translation>请填写该日所属节日（例如 春节）。</translation>
    </message>
    <message>
        <source>%1 is in the list already.</source>
        <translation>%1 已在列表中。</translation>
    </message>
    <message>
        <source>Added %1; save the draft to keep it.</source>
        <translation>已添加 %1；保存草稿后才会保留。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved the calendar of %1 as draft %2; publish it to count due dates with it.</source>
        <translation>%1 年日历已保存为草稿 %2；发布后才按其计算期限。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 / %2 项</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items count towards the target of %4 — 极简办 %5, 集成办 %6, 全域办 %7.</source>
        <translation>%1：%3 个事项中有 %2 个计入目标（目标 %4 个）—— 极简办 %5，集成办 %6，全域办 %7。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>fewer days</source>
        <translation>时限更短</translation>
    </message>
    <message>
        <source>fewer materials</source>
        <translation>材料更少</translation>
    </message>
    <message>
        <source>fewer steps</source>
        <translation>环节更少</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %2 / %3 %4</source>
        <translation>%1 %2 / %3 %4</translation>
    </message>
    <message>
        <source>No guide yet: import one (JSON) on the Publish page.</source>
        <translation>尚无指南：请在“发布”页导入（JSON）。</translation>
    </message>
    <message>
        <source>Version %1 with changes not saved yet</source>
        <translation>版本 %1，有未保存的修改</translation>
    </message>
    <message>
        <source>Version %1, a draft</source>
        <translation>版本 %1，草稿</translation>
    </message>
    <message>
        <source>Version %1, published</source>
        <translation>版本 %1，已发布</translation>
    </message>
    <message>
        <source>the administrator screen</source>
        <translation>管理界面</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s) to fix first:</source>
        <translation>
            <numerusform>未保存：须先解决 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as a draft; publish to put it in force.</source>
        <translation>已保存为草稿；发布后生效。</translation>
    </message>
    <message>
        <source>Saved as drafts: %1. Publish to put them in force.</source>
        <translation>已保存为草稿：%1。发布后生效。</translation>
    </message>
    <message>
        <source>No problems: ready to publish.</source>
        <translation>没有问题，可以发布。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before publishing (listed on the Publish page).</source>
        <translation>
            <numerusform>发布前须解决 %n 个问题（见“发布”页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what changed in the change note before publishing.</source>
        <translation>发布前请在变更说明中写明改了什么。</translation>
    </message>
    <message numerus="yes">
        <source>Not published: %n problem(s) to fix first (listed on the Publish page).</source>
        <translation>
            <numerusform>未发布：须先解决 %n 个问题（见“发布”页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB: not a catalog or guide.</source>
        <translation>%1 超过 32 MB，不是事项目录或指南。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Imported %1 as a draft; publish to put it in force.</source>
        <translation>已将 %1 导入为草稿；发布后生效。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved the catalog (%1 items) to %2.</source>
        <translation>已将事项目录（%1 个事项）保存到 %2。</translation>
    </message>
    <message>
        <source>%1 has no guide to compare.</source>
        <translation>%1 没有可比较的指南。</translation>
    </message>
    <message>
        <source>%1 v%2 is missing.</source>
        <translation>缺少 %1 的第 %2 版。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <source>The steps of the procedure in order; F2 edits the chosen one, Insert adds one after it, Delete removes it, Alt+Up and Alt+Down move it</source>
        <translation>按顺序排列的办理步骤；F2 编辑所选步骤，Insert 在其后添加一步，Delete 删除，Alt+上/Alt+下 移动</translation>
    </message>
    <message>
        <source>Wor&amp;kflow steps:</source>
        <translation>办理流程(&amp;K)：</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Adds a step after the chosen one and opens its name for editing</source>
        <translation>在所选步骤之后添加一步，并打开其名称以便编辑</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <source>Removes the chosen step</source>
        <translation>删除所选步骤</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Moves the chosen step one place earlier</source>
        <translation>将所选步骤前移一位</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Moves the chosen step one place later</source>
        <translation>将所选步骤后移一位</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Fees charged</source>
        <translation>是否收费</translation>
    </message>
    <message>
        <source>Ticked when the applicant pays a fee for the item</source>
        <translation>申请人办理该事项需缴费时勾选</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>What is charged and how much, or why it is free</source>
        <translation>收取什么费用、收多少，或为何不收费</translation>
    </message>
    <message>
        <source>What is charged</source>
        <translation>收费内容</translation>
    </message>
    <message>
        <source>Basis of the fees</source>
        <translation>收费依据</translation>
    </message>
    <message>
        <source>The rule that sets the fee</source>
        <translation>规定该项收费的文件</translation>
    </message>
    <message>
        <source>Basis of the fee</source>
        <translation>收费依据</translation>
    </message>
    <message>
        <source>&amp;Fees:</source>
        <translation>收费(&amp;F)：</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <source>The laws and rules the item rests on, one per line; the article after a |, e.g. 《公司法》 | 第二十九条</source>
        <translation>事项依据的法律法规，每行一条；条款写在 | 之后，例如 《公司法》 | 第二十九条</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>设定依据(&amp;B)：</translation>
    </message>
    <message>
        <source>Handling location</source>
        <translation>办理地点</translation>
    </message>
    <message>
        <source>Where the applicant hands the item in</source>
        <translation>申请人递交申请、办理事项的地点</translation>
    </message>
    <message>
        <source>&amp;Where to apply:</source>
        <translation>办理地点(&amp;W)：</translation>
    </message>
    <message>
        <source>Create &amp;guide</source>
        <translation>新建指南(&amp;G)</translation>
    </message>
    <message>
        <source>Starts a guide for an item that has none, as a draft checked on publishing</source>
        <translation>为尚无指南的事项新建指南，作为草稿，发布前会检查</translation>
    </message>
    <message>
        <source>Item and guide</source>
        <translation>事项与指南</translation>
    </message>
    <message>
        <source>The fields of the chosen item and its guide</source>
        <translation>所选事项及其指南的各项内容</translation>
    </message>
    <message>
        <source>No guide yet: create one (Create guide) or import one on the Publish page.</source>
        <translation>尚无指南：用“新建指南”创建一份，或在“发布”页导入。</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>新步骤</translation>
    </message>
    <message>
        <source>Choose an item first: a guide belongs to an item.</source>
        <translation>请先选择一个事项：指南属于事项。</translation>
    </message>
    <message>
        <source>%1 has a guide already.</source>
        <translation>%1 已有指南。</translation>
    </message>
    <message>
        <source>A new guide for %1: fill it in, then save or publish it.</source>
        <translation>已为 %1 新建指南：请填写后保存草稿或发布。</translation>
    </message>
    <message>
        <source>New sub-item code</source>
        <translation>新子项编码</translation>
    </message>
    <message>
        <source>The code of a new sub-item: the item&apos;s code, a dot and the next number</source>
        <translation>新子项的编码：事项编码、一个点和下一个序号</translation>
    </message>
    <message>
        <source>New sub-item name</source>
        <translation>新子项名称</translation>
    </message>
    <message>
        <source>The name of the new sub-item</source>
        <translation>新子项的名称</translation>
    </message>
    <message>
        <source>Name of the new sub-item</source>
        <translation>新子项名称</translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation>添加子项</translation>
    </message>
    <message>
        <source>Adds the sub-item under the chosen item, as part of the draft catalog</source>
        <translation>在所选事项下添加子项，计入事项目录草稿</translation>
    </message>
    <message>
        <source>New sub-item:</source>
        <translation>新子项：</translation>
    </message>
    <message>
        <source>Remove sub-item</source>
        <translation>删除子项</translation>
    </message>
    <message>
        <source>Removes the chosen sub-item from the draft catalog, unless a case uses it</source>
        <translation>从事项目录草稿中删除所选子项（已有办件使用的除外）</translation>
    </message>
    <message>
        <source>Choose the item the sub-item belongs to first.</source>
        <translation>请先选择子项所属的事项。</translation>
    </message>
    <message>
        <source>The sub-item code %1 is not the next one under %2: sub-item codes are consecutive, the next is %3.</source>
        <translation>子项编码 %1 不是 %2 下的下一个编码：子项编码须连续，下一个应为 %3。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>The code %1 is used already.</source>
        <translation>编码 %1 已被使用。</translation>
    </message>
    <message>
        <source>Give the new sub-item %1 a name.</source>
        <translation>请为新子项 %1 填写名称。</translation>
    </message>
    <message>
        <source>Added the sub-item %1 %2 to the draft catalog; save or publish to keep it.</source>
        <translation>已将子项 %1 %2 加入事项目录草稿；保存草稿或发布后生效。</translation>
    </message>
    <message>
        <source>Choose the sub-item to remove first.</source>
        <translation>请先选择要删除的子项。</translation>
    </message>
    <message>
        <source>The sub-item %1 is not removed: sub-item codes stay consecutive, so only the last one (%2) can be removed.</source>
        <translation>未删除子项 %1：子项编码须保持连续，只能删除最后一个（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>The sub-item %1 is not removed: %n case(s) use it.</source>
        <translation>
            <numerusform>未删除子项 %1：有 %n 件办件使用它。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed the sub-item %1 from the draft catalog; save or publish to keep it.</source>
        <translation>已从事项目录草稿中删除子项 %1；保存草稿或发布后生效。</translation>
    </message>
    <message>
        <source>Step description</source>
        <translation>步骤说明</translation>
    </message>
    <message>
        <source>What happens in the chosen step, as the printed guide says it</source>
        <translation>所选步骤的具体内容，即打印的办事指南上的说明</translation>
    </message>
    <message>
        <source>What happens in this step</source>
        <translation>此步骤的具体内容</translation>
    </message>
    <message>
        <source>Step te&amp;xt:</source>
        <translation>步骤说明(&amp;X)：</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>办理时间</translation>
    </message>
    <message>
        <source>When the item is handled, as the guide says it</source>
        <translation>办理该事项的时间，如办事指南所写</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>办理时间：</translation>
    </message>
    <message>
        <source>Enquiry phone</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <source>The phone for questions (咨询电话): 12345, a mobile or a landline</source>
        <translation>咨询电话：12345、手机或固定电话</translation>
    </message>
    <message>
        <source>Complaint phone</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <source>The phone for complaints (监督电话): 12345, a mobile or a landline</source>
        <translation>监督投诉电话：12345、手机或固定电话</translation>
    </message>
    <message>
        <source>Complaints:</source>
        <translation>监督电话：</translation>
    </message>
    <message>
        <source>En&amp;quiries:</source>
        <translation>咨询电话(&amp;Q)：</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>中心库</translation>
    </message>
    <message>
        <source>Whether every publication made here has reached the central store</source>
        <translation>本机发布的内容是否都已送达中心库</translation>
    </message>
    <message>
        <source>Send to &amp;central</source>
        <translation>发送到中心库(&amp;C)</translation>
    </message>
    <message>
        <source>Sends the versions published here that the central store does not have yet</source>
        <translation>把本机已发布而中心库还没有的版本发送过去</translation>
    </message>
    <message>
        <source>The calendar of %1 is in force as version %2: due dates count with it from now on.</source>
        <translation>%1 年日历已作为 %2 版生效：从现在起按它计算办结期限。</translation>
    </message>
    <message>
        <source>draft: waits for Publish</source>
        <translation>草稿：等待发布</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Published version %1, effective %2: %3 items, %4 guides.</source>
        <translation>已发布第 %1 版，%2 起生效：%3 个事项，%4 份指南。</translation>
    </message>
    <message>
        <source>Materials brought into force: %1.</source>
        <translation>随之生效的材料：%1。</translation>
    </message>
    <message>
        <source>Saved the material %1 — %2 as a draft: the counters keep the dictionary in force until the next Publish.</source>
        <translation>已将材料 %1 — %2 保存为草稿：各窗口在下次发布前仍使用现行材料目录。</translation>
    </message>
    <message>
        <source>No central store is configured: publications stay on this workstation (owctl sync --central URL sets one).</source>
        <translation>未配置中心库：发布内容只留在本工作站（用 owctl sync --central URL 配置）。</translation>
    </message>
    <message>
        <source>Central store: everything published here has been sent.</source>
        <translation>中心库：本机发布的内容都已发送。</translation>
    </message>
    <message>
        <source>Not in the central store yet: %1. It is sent on the next sync, or now with Send to central.</source>
        <translation>尚未送达中心库：%1。下次同步时会自动发送，也可以现在点“发送到中心库”。</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>上次尝试：%1</translation>
    </message>
    <message>
        <source>No central store is configured: it is in force on this workstation only.</source>
        <translation>未配置中心库：仅在本工作站生效。</translation>
    </message>
    <message>
        <source>Offline: the central store cannot be reached now, so it is in force here only; it is sent on the next sync, or with Send to central. (%1)</source>
        <translation>离线：现在连不上中心库，因此只在本机生效；下次同步时会自动发送，也可以点“发送到中心库”。（%1）</translation>
    </message>
    <message>
        <source>Sent to the central store: every counter takes it on its next sync.</source>
        <translation>已发送到中心库：各窗口下次同步时启用。</translation>
    </message>
</context>
<context>
    <name>ow::CatalogCsv</name>
    <message>
        <source>line %1: a quoted cell is not closed</source>
        <translation>第 %1 行：带引号的单元格没有结束引号</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (save it from the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>文件不是 UTF-8 文本（请在电子表格中另存为“CSV UTF-8”）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>the file has a header but no items</source>
        <translation>文件只有表头，没有事项</translation>
    </message>
    <message>
        <source>line %1: %2 cells, the header has %3</source>
        <translation>第 %1 行：有 %2 个单元格，表头有 %3 个</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行 %2 列：%3</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be E (enterprise) or P (person)</source>
        <translation>必须是 E（企业）或 P（个人）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stage code of lifecycle %2 (like %2%3)</source>
        <translation>“%1”不是生命周期 %2 的阶段编码（如 %2%3）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a scene code of stage %2</source>
        <translation>“%1”不是阶段 %2 的场景编码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item code (like %2001)</source>
        <translation>“%1”不是事项编码（如 %2001）</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>必须是从 1 起的整数</translation>
    </message>
    <message>
        <source>lifecycle %1 is named &quot;%2&quot; on an earlier line</source>
        <translation>生命周期 %1 在前面的行中名为“%2”</translation>
    </message>
    <message>
        <source>stage %1 is given differently on an earlier line</source>
        <translation>阶段 %1 在前面的行中写法不同</translation>
    </message>
    <message>
        <source>scene %1 is given differently on an earlier line</source>
        <translation>场景 %1 在前面的行中写法不同</translation>
    </message>
    <message>
        <source>item %1 is already in scene %2</source>
        <translation>事项 %1 已在场景 %2 中</translation>
    </message>
    <message>
        <source>item %1 has a row already, on line %2</source>
        <translation>事项 %1 已有一行，在第 %2 行</translation>
    </message>
    <message>
        <source>sub-item %1 comes before the row of its item %2</source>
        <translation>子项 %1 出现在其事项 %2 的行之前</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sub-item code of item %2 (like %2.1)</source>
        <translation>“%1”不是事项 %2 的子项编码（如 %2.1）</translation>
    </message>
    <message>
        <source>sub-item %1 has a row already, on line %2</source>
        <translation>子项 %1 已有一行，在第 %2 行</translation>
    </message>
    <message>
        <source>line 1: the header must be exactly: %1 (cross_region may follow)</source>
        <translation>第 1 行：表头必须正好是：%1（其后可加 cross_region）</translation>
    </message>
    <message>
        <source>line %1, column cross_region: write 1 (全域办) or 0, not &quot;%2&quot;</source>
        <translation>第 %1 行，cross_region 列：应填 1（全域办）或 0，而不是“%2”</translation>
    </message>
    <message>
        <source>line %1, column cross_region: only an item&apos;s own row has the flag</source>
        <translation>第 %1 行，cross_region 列：只有事项本身的行可以填写此标记</translation>
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
    <message>
        <source>cross_region must be true or false</source>
        <translation>cross_region 必须为 true 或 false</translation>
    </message>
</context>
<context>
    <name>ow::CatalogPublisher</name>
    <message>
        <source>Cannot read the draft catalog from %1: %2</source>
        <translation>无法从 %1 读取待发布的目录：%2</translation>
    </message>
    <message>
        <source>the draft catalog</source>
        <translation>待发布的目录</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空的。</translation>
    </message>
    <message>
        <source>%1: the guide is for %2, which is not an item or sub-item of the catalog.</source>
        <translation>%1：该指南属于 %2，而目录中没有这个事项或子项。</translation>
    </message>
    <message>
        <source>guide %1 version %2 (draft)</source>
        <translation>%1 的办事指南第 %2 版（草稿）</translation>
    </message>
    <message>
        <source>Cannot store the draft catalog in %1: %2</source>
        <translation>无法在 %1 中保存待发布的目录：%2</translation>
    </message>
    <message>
        <source>draft catalog: %1 items, %2 sub-items</source>
        <translation>待发布目录：%1 项事项，%2 个子项</translation>
    </message>
    <message>
        <source>Cannot read the published versions from %1: %2</source>
        <translation>无法从 %1 读取已发布的版本：%2</translation>
    </message>
    <message>
        <source>the published catalog</source>
        <translation>已发布的目录</translation>
    </message>
    <message>
        <source>Say what changed: a publication needs a note.</source>
        <translation>请说明改了什么：发布需要填写说明。</translation>
    </message>
    <message>
        <source>A publication needs the date it takes effect.</source>
        <translation>发布需要填写生效日期。</translation>
    </message>
    <message numerus="yes">
        <source>Not published: %n problem(s) to fix first:</source>
        <translation>
            <numerusform>未发布：须先解决 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot publish the guides in %1: %2</source>
        <translation>无法发布 %1 中的办事指南：%2</translation>
    </message>
    <message>
        <source>Cannot store the published version in %1: %2</source>
        <translation>无法在 %1 中保存发布的版本：%2</translation>
    </message>
    <message>
        <source>published catalog</source>
        <translation>已发布的目录</translation>
    </message>
    <message>
        <source>Cannot read the guide drafts from %1: %2</source>
        <translation>无法从 %1 读取办事指南草稿：%2</translation>
    </message>
    <message>
        <source>The material key &quot;%1&quot; must be 2 to 64 lower-case letters, digits or _, starting with a letter.</source>
        <translation>材料键名“%1”须为 2 至 64 个小写字母、数字或下划线，并以字母开头。</translation>
    </message>
    <message>
        <source>The material %1 needs a name.</source>
        <translation>材料 %1 需要名称。</translation>
    </message>
    <message>
        <source>Cannot store the material %1 in %2: %3</source>
        <translation>无法将材料 %1 保存到 %2：%3</translation>
    </message>
    <message>
        <source>Cannot read the cases from %1: %2</source>
        <translation>无法从 %1 读取办件：%2</translation>
    </message>
    <message>
        <source>Cannot publish the materials dictionary in %1: %2</source>
        <translation>无法在 %1 中发布材料目录：%2</translation>
    </message>
    <message>
        <source>Cannot read the materials dictionary from %1: %2</source>
        <translation>无法从 %1 读取材料目录：%2</translation>
    </message>
    <message>
        <source>Cannot read the materials drafts from %1: %2</source>
        <translation>无法从 %1 读取材料草稿：%2</translation>
    </message>
    <message>
        <source>There is no catalog version %1 in %2.</source>
        <translation>%2 中没有目录第 %1 版。</translation>
    </message>
    <message>
        <source>the dictionary of catalog version %1</source>
        <translation>目录第 %1 版的材料目录</translation>
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
    <name>ow::CentralCopy</name>
    <message>
        <source>The connection to the central store is not a PostgreSQL one.</source>
        <translation>与中心库的连接不是 PostgreSQL 连接。</translation>
    </message>
    <message>
        <source>The connection to the central store is closed.</source>
        <translation>与中心库的连接已关闭。</translation>
    </message>
    <message>
        <source>The PostgreSQL client library libpq cannot be loaded: %1</source>
        <translation>无法加载 PostgreSQL 客户端库 libpq：%1</translation>
    </message>
    <message>
        <source>The PostgreSQL client library libpq has no %1.</source>
        <translation>PostgreSQL 客户端库 libpq 中没有 %1。</translation>
    </message>
    <message>
        <source>The central store gave no answer.</source>
        <translation>中心库没有回答。</translation>
    </message>
</context>
<context>
    <name>ow::CentralPublications</name>
    <message>
        <source>Cannot read the publications waiting for the central store in %1: %2</source>
        <translation>无法从 %1 读取等待发送到中心库的发布：%2</translation>
    </message>
    <message>
        <source>Cannot read the sync state of %1: %2</source>
        <translation>无法读取 %1 的同步状态：%2</translation>
    </message>
    <message>
        <source>catalog version %1</source>
        <translation>目录第 %1 版</translation>
    </message>
    <message>
        <source>holiday calendar %1</source>
        <translation>节假日日历 %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The central store did not take %1: %2</source>
        <translation>中心库未接收%1：%2</translation>
    </message>
    <message>
        <source>Sent %1, but cannot note it in %2: %3</source>
        <translation>已发送%1，但无法在 %2 中记下：%3</translation>
    </message>
    <message>
        <source>No central store is configured for this workstation (owctl sync --central URL).</source>
        <translation>本工作站未配置中心库（owctl sync --central URL）。</translation>
    </message>
</context>
<context>
    <name>ow::CentralSchema</name>
    <message>
        <source>Cannot read the central schema version: %1</source>
        <translation>无法读取中心库的结构版本：%1</translation>
    </message>
    <message>
        <source>Cannot update the central schema: %1</source>
        <translation>无法更新中心库结构：%1</translation>
    </message>
    <message>
        <source>The central store has schema version %1, but this OneWindow knows versions up to %2 only; it was left unchanged.</source>
        <translation>中心库的结构版本为 %1，而本一窗通只认识到版本 %2；中心库未作改动。</translation>
    </message>
    <message>
        <source>Updating the central schema to version %1 (%2) failed: %3. It stays at version %4.</source>
        <translation>将中心库结构更新到版本 %1（%2）失败：%3。中心库仍为版本 %4。</translation>
    </message>
    <message>
        <source>Cannot record the central schema version: %1</source>
        <translation>无法记录中心库的结构版本：%1</translation>
    </message>
    <message>
        <source>A center code is 2 to 16 letters or digits; &apos;%1&apos; is not.</source>
        <translation>中心编码须为 2 至 16 个字母或数字，“%1”不符合。</translation>
    </message>
    <message>
        <source>The center needs a name.</source>
        <translation>中心需要名称。</translation>
    </message>
    <message>
        <source>The center&apos;s password needs at least 8 characters.</source>
        <translation>中心登录密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>Cannot add the center %1: %2</source>
        <translation>无法添加中心 %1：%2</translation>
    </message>
    <message>
        <source>Cannot publish %1 %2: %3</source>
        <translation>无法发布 %1 %2：%3</translation>
    </message>
</context>
<context>
    <name>ow::CentralSettings</name>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL URL: write postgresql://USER@HOST:PORT/DATABASE (password from PGPASSWORD or ~/.pgpass).</source>
        <translation>“%1”不是 PostgreSQL 地址：请写成 postgresql://用户@主机:端口/数据库（密码取自 PGPASSWORD 或 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>the central address</source>
        <translation>中心库地址</translation>
    </message>
    <message>
        <source>The central address has an option &apos;%1&apos; that OneWindow does not pass on; known: %2.</source>
        <translation>中心库地址中的选项“%1”一窗通不予传递；可用选项：%2。</translation>
    </message>
    <message>
        <source>The port &apos;%1&apos; of the central address is not a number.</source>
        <translation>中心库地址中的端口“%1”不是数字。</translation>
    </message>
    <message>
        <source>The option %1 of the central address contains a space or &apos;;&apos;.</source>
        <translation>中心库地址中的选项 %1 含有空格或“;”。</translation>
    </message>
    <message>
        <source>The password of the central login is empty or has a line break.</source>
        <translation>中心库登录密码为空或含有换行。</translation>
    </message>
    <message>
        <source>Cannot store the central password in %1: %2</source>
        <translation>无法在 %1 中保存中心库密码：%2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is missing (package libqt6sql6-psql).</source>
        <translation>缺少 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot reach the central store %1: %2</source>
        <translation>无法连接中心库 %1：%2</translation>
    </message>
    <message>
        <source>There is no desktop session (DBUS_SESSION_BUS_ADDRESS is not set), so no system keychain can be reached.</source>
        <translation>当前没有桌面会话（未设置 DBUS_SESSION_BUS_ADDRESS），无法访问系统钥匙串。</translation>
    </message>
    <message>
        <source>The system keychain refused the password: %1</source>
        <translation>系统钥匙串拒绝保存密码：%1</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>系统钥匙串在 %1 秒内没有响应。</translation>
    </message>
</context>
<context>
    <name>ow::ChecklistModel</name>
    <message>
        <source>received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺</translation>
    </message>
    <message>
        <source>waived (shared data)</source>
        <translation>免提交</translation>
    </message>
    <message>
        <source>Needed by %1</source>
        <translation>所需事项：%1</translation>
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
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s)</source>
        <translation>
            <numerusform>%n 个扫描件</numerusform>
        </translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描件</translation>
    </message>
</context>
<context>
    <name>ow::CreditCode</name>
    <message>
        <source>no credit code given</source>
        <translation>未填写统一社会信用代码</translation>
    </message>
    <message>
        <source>the letter %1 (character %2) is never used in a credit code: I, O, Z, S and V are left out</source>
        <translation>统一社会信用代码不使用字母 %1（第 %2 位）：I、O、Z、S、V 均不使用</translation>
    </message>
    <message>
        <source>a credit code has no spaces inside (character %1)</source>
        <translation>统一社会信用代码中间不能有空格（第 %1 位）</translation>
    </message>
    <message>
        <source>only digits and capital letters are allowed, not %1 (character %2)</source>
        <translation>只能使用数字和大写字母，不能使用 %1（第 %2 位）</translation>
    </message>
    <message>
        <source>18 characters expected, got %1</source>
        <translation>应为 18 位，实际为 %1 位</translation>
    </message>
    <message>
        <source>the check character should be %1, not %2 (accepted: codes from early pilots may not follow the rule)</source>
        <translation>校验码应为 %1，而不是 %2（仍予接受：早期试点发放的代码可能不符合校验规则）</translation>
    </message>
</context>
<context>
    <name>ow::DailySummary</name>
    <message>
        <source>Cannot update the dashboard&apos;s summary in %1: %2</source>
        <translation>无法更新 %1 中的统计汇总：%2</translation>
    </message>
</context>
<context>
    <name>ow::DashboardView</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>none rated</source>
        <translation>无评价</translation>
    </message>
    <message>
        <source>minimal (极简办)</source>
        <translation>极简办</translation>
    </message>
    <message>
        <source>integrated (集成办)</source>
        <translation>集成办</translation>
    </message>
    <message>
        <source>anywhere (全域办)</source>
        <translation>全域办</translation>
    </message>
    <message>
        <source>Whole hall</source>
        <translation>全厅</translation>
    </message>
    <message>
        <source>One window</source>
        <translation>单个窗口</translation>
    </message>
    <message>
        <source>One clerk</source>
        <translation>单个人员</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Cases by hour</source>
        <translation>各时段办件量</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>受理结果</translation>
    </message>
    <message>
        <source>Cases by stage</source>
        <translation>各阶段办件量</translation>
    </message>
    <message>
        <source>Open cases by days to deadline</source>
        <translation>在办件距期限天数</translation>
    </message>
    <message>
        <source>Cases by scene (top 20)</source>
        <translation>各场景办件量（前 20）</translation>
    </message>
    <message>
        <source>Cases by item (top 20)</source>
        <translation>各事项办件量（前 20）</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>好差评</translation>
    </message>
    <message>
        <source>Satisfaction trend</source>
        <translation>满意率趋势</translation>
    </message>
    <message>
        <source>Assisted service</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>Click a bar or slice to list its cases.</source>
        <translation>点击柱或扇区，列出其办件。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件时间</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>Plan ledger (双全双百): items handled, target 100 each</source>
        <translation>“双全双百”工作台账：已办理事项数，各目标 100 项</translation>
    </message>
    <message>
        <source>Enter the user name of the clerk.</source>
        <translation>请输入人员的用户名。</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>%1 cases · accepted %2 · supplement requested %3 · refused %4 · undecided %5 · handling time median %6, 90th percentile %7 · satisfaction %8 of %9 rated · assisted %10</source>
        <translation>办件 %1 件 · 受理 %2 · 补正 %3 · 不予受理 %4 · 未决定 %5 · 窗口办理时长中位数 %6，90 分位 %7 · 满意率 %8（%9 件已评价）· 帮办代办 %10</translation>
    </message>
    <message>
        <source>Overdue open cases on %1: %2</source>
        <translation>%1 逾期在办件：%2</translation>
    </message>
    <message>
        <source>received %1:00–%1:59</source>
        <translation>%1:00–%1:59 收件</translation>
    </message>
    <message>
        <source>Accepted (受理)</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Supplement (补正)</source>
        <translation>补正</translation>
    </message>
    <message>
        <source>Refused (不予受理)</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>deadline: %1</source>
        <translation>期限：%1</translation>
    </message>
    <message>
        <source>Ratings · satisfaction %1</source>
        <translation>好差评 · 满意率 %1</translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation>评价 %1 分</translation>
    </message>
    <message>
        <source>Satisfaction %</source>
        <translation>满意率 %</translation>
    </message>
    <message>
        <source>assisted</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 岁及以上</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>through an agent</source>
        <translation>代办人办理</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Cases behind &quot;%1&quot;: %2</source>
        <translation>“%1”的办件：%2 件</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>clerk %1</source>
        <translation>人员 %1</translation>
    </message>
    <message>
        <source>Daily report %1</source>
        <translation>日报 %1</translation>
    </message>
    <message>
        <source>Plan ledger (双全双百)</source>
        <translation>“双全双百”工作台账</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>将报表导出为 PDF</translation>
    </message>
    <message>
        <source>Export the figures as CSV</source>
        <translation>将数据导出为 CSV</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source> (0 to 23 h)</source>
        <translation>（0—23 时）</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>统计数据</translation>
    </message>
    <message>
        <source>The charts, the work plan and the cases behind a bar.</source>
        <translation>图表、工作台账，以及某一柱所对应的办件。</translation>
    </message>
    <message>
        <source>The hall&apos;s figures of a day or a period: charts, the work plan and the cases behind a bar.</source>
        <translation>本中心某一天或某一期间的统计：图表、工作台账，以及某一柱所对应的办件。</translation>
    </message>
    <message>
        <source>The first day of the figures.</source>
        <translation>统计的第一天。</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>The last day of the figures.</source>
        <translation>统计的最后一天。</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>The whole hall, one window or one clerk.</source>
        <translation>整个大厅、某一窗口或某一工作人员。</translation>
    </message>
    <message>
        <source>Window number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <source>The window whose figures are shown (scope: one window).</source>
        <translation>显示哪个窗口的统计（范围：某一窗口）。</translation>
    </message>
    <message>
        <source>The user name of the clerk whose figures are shown (scope: one clerk).</source>
        <translation>显示哪位工作人员的统计，填其用户名（范围：某一工作人员）。</translation>
    </message>
    <message>
        <source>Shows the figures of the period and scope chosen.</source>
        <translation>显示所选期间和范围的统计。</translation>
    </message>
    <message>
        <source>Writes the figures with their charts to a PDF file.</source>
        <translation>将统计及图表导出为 PDF 文件。</translation>
    </message>
    <message>
        <source>Writes one row per figure to a CSV file.</source>
        <translation>将每项统计导出为 CSV 文件中的一行。</translation>
    </message>
    <message>
        <source>Chart: cases received in each hour; a bar lists its cases.</source>
        <translation>图表：每小时收件数；选中某一柱可列出对应办件。</translation>
    </message>
    <message>
        <source>Chart: decisions taken; a slice lists its cases.</source>
        <translation>图表：受理结果；选中某一扇区可列出对应办件。</translation>
    </message>
    <message>
        <source>Chart: cases by stage of life; a bar lists its cases.</source>
        <translation>图表：按生命周期阶段统计的办件；选中某一柱可列出对应办件。</translation>
    </message>
    <message>
        <source>Chart: open cases by days to their deadline, overdue in red.</source>
        <translation>图表：在办件距办结时限的天数，超期以红色显示。</translation>
    </message>
    <message>
        <source>Chart: cases by scene.</source>
        <translation>图表：按场景统计的办件。</translation>
    </message>
    <message>
        <source>Chart: cases by item, the 20 most frequent.</source>
        <translation>图表：按事项统计的办件，前 20 项。</translation>
    </message>
    <message>
        <source>Chart: ratings 1 to 5 and the satisfaction rate.</source>
        <translation>图表：1 至 5 分评价及满意率。</translation>
    </message>
    <message>
        <source>Chart: the satisfaction rate day by day.</source>
        <translation>图表：每日满意率。</translation>
    </message>
    <message>
        <source>Chart: assisted-service cases by kind.</source>
        <translation>图表：按类别统计的帮办代办办件。</translation>
    </message>
    <message>
        <source>Work plan</source>
        <translation>工作台账</translation>
    </message>
    <message>
        <source>The work plan: milestones and lines with their figures.</source>
        <translation>工作台账：各里程碑和工作项及其数据。</translation>
    </message>
    <message>
        <source>Cases behind the chart</source>
        <translation>图表对应的办件</translation>
    </message>
    <message>
        <source>The cases behind the bar or slice chosen, without applicants.</source>
        <translation>所选柱或扇区对应的办件，不含申请人信息。</translation>
    </message>
    <message>
        <source>· home visits booked %1, visited %2, cancelled %3</source>
        <translation>· 上门服务 已预约 %1，已上门 %2，已取消 %3</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>home visits booked</source>
        <translation>上门已预约</translation>
    </message>
    <message>
        <source>visited at home</source>
        <translation>已上门</translation>
    </message>
    <message>
        <source>visits cancelled</source>
        <translation>上门已取消</translation>
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
    <name>ow::DemoGenerator</name>
    <message>
        <source>Cannot read the cases from %1: %2</source>
        <translation>无法从 %1 读取办件：%2</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n case(s) for centre %1, %2 to %3 (%4 working days) in %5 s.</source>
        <translation>
            <numerusform>已为中心 %1 生成 %n 件办件，%2 至 %3（%4 个工作日），用时 %5 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applicants: %1 distinct; %2 cases of people, of which elderly (60+) %3%, disabled %4%; %5% of all cases by an agent.</source>
        <translation>申请人：共 %1 个；个人办件 %2 件，其中老年人（60 周岁及以上）%3%，残疾人 %4%；全部办件中代办 %5%。</translation>
    </message>
    <message>
        <source>Whole scenes (一件事): %1.</source>
        <translation>整场景办理（一件事）：%1 件。</translation>
    </message>
    <message>
        <source>Decisions: accepted %1 (%2%), supplement requested %3 (%4%), refused %5 (%6%).</source>
        <translation>决定：受理 %1 件（%2%），补正 %3 件（%4%），不予受理 %5 件（%6%）。</translation>
    </message>
    <message>
        <source>At the end: %1 concluded or delivered, %2 archived, %3 withdrawn, %4 open.</source>
        <translation>截至最后一天：办结或已送达 %1 件，已归档 %2 件，已撤回 %3 件，在办 %4 件。</translation>
    </message>
    <message>
        <source>Ratings: %1; rectifications: %2 (%3 open).</source>
        <translation>评价：%1 条；整改：%2 件（未完成 %3 件）。</translation>
    </message>
    <message>
        <source>--cases must be 1 to 5,000,000, not %1.</source>
        <translation>--cases 须为 1 至 5,000,000，而不是 %1。</translation>
    </message>
    <message>
        <source>--days must be 1 to 3,660, not %1.</source>
        <translation>--days 须为 1 至 3,660，而不是 %1。</translation>
    </message>
    <message>
        <source>The last day of the history is not a valid date.</source>
        <translation>历史数据的最后一天不是有效日期。</translation>
    </message>
    <message>
        <source>The centre code &apos;%1&apos; cannot begin a case number.</source>
        <translation>中心编码“%1”不能用作办件编号的开头。</translation>
    </message>
    <message>
        <source>The database has no catalog to take cases for.</source>
        <translation>数据库中没有事项目录，无法生成办件。</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n real case(s) (not generated); demo cases would be mixed with them. Use a new database, or --force to add them anyway.</source>
        <translation>
            <numerusform>%1 中有 %n 件真实办件（非生成）；演示办件会与之混在一起。请使用新的数据库，或用 --force 仍然添加。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no working day from %1 to %2.</source>
        <translation>%1 至 %2 之间没有工作日。</translation>
    </message>
    <message>
        <source>Cannot store demo cases in %1: %2</source>
        <translation>无法在 %1 中保存演示办件：%2</translation>
    </message>
</context>
<context>
    <name>ow::EvaluationRepository</name>
    <message>
        <source>Cannot read the case %1 from %2: %3</source>
        <translation>无法从 %2 读取办件 %1：%3</translation>
    </message>
    <message>
        <source>There is no case %1 to rate.</source>
        <translation>不存在可评价的办件 %1。</translation>
    </message>
    <message>
        <source>The case %1 is not decided yet; it can be rated after the decision.</source>
        <translation>办件 %1 尚未作出决定；作出决定后才能评价。</translation>
    </message>
    <message>
        <source>A rating is 1 (very dissatisfied) to 5 (very satisfied), not %1.</source>
        <translation>评价须为 1（非常不满意）至 5（非常满意），而不是 %1。</translation>
    </message>
    <message>
        <source>A rating needs the time it was given.</source>
        <translation>评价需要记录评价时间。</translation>
    </message>
    <message>
        <source>A rectification is due 1 to 60 working days later, not %1.</source>
        <translation>整改期限须为 1 至 60 个工作日，而不是 %1。</translation>
    </message>
    <message>
        <source>A rating needs the user at whose window it was given.</source>
        <translation>评价需要记录所在窗口的工作人员。</translation>
    </message>
    <message>
        <source>Cannot store the rating in %1: %2</source>
        <translation>无法在 %1 中保存评价：%2</translation>
    </message>
    <message>
        <source>Cannot read the ratings from %1: %2</source>
        <translation>无法从 %1 读取评价：%2</translation>
    </message>
    <message>
        <source>The case %1 has already been rated (%2); a case is rated once.</source>
        <translation>办件 %1 已评价过（%2 分）；每个办件只能评价一次。</translation>
    </message>
    <message>
        <source>Cannot store the rating of %1 in %2: %3</source>
        <translation>无法在 %2 中保存办件 %1 的评价：%3</translation>
    </message>
    <message>
        <source>Cannot open the rectification of %1 in %2: %3</source>
        <translation>无法在 %2 中为办件 %1 建立整改：%3</translation>
    </message>
    <message>
        <source>Cannot read the rectifications from %1: %2</source>
        <translation>无法从 %1 读取整改记录：%2</translation>
    </message>
    <message>
        <source>The call-back record is empty.</source>
        <translation>回访记录为空。</translation>
    </message>
    <message>
        <source>Cannot store the call-back in %1: %2</source>
        <translation>无法在 %1 中保存回访记录：%2</translation>
    </message>
    <message>
        <source>There is no open rectification for the case %1.</source>
        <translation>办件 %1 没有未完成的整改。</translation>
    </message>
    <message>
        <source>A rectification is closed with a note saying what was done.</source>
        <translation>办结整改需要填写整改情况说明。</translation>
    </message>
    <message>
        <source>Closing a rectification needs its time.</source>
        <translation>办结整改需要记录办结时间。</translation>
    </message>
    <message>
        <source>Cannot close the rectification in %1: %2</source>
        <translation>无法在 %1 中办结整改：%2</translation>
    </message>
</context>
<context>
    <name>ow::FileTransfer</name>
    <message>
        <source>Cannot read which files wait for the central store in %1: %2</source>
        <translation>无法从 %1 读取等待发往中心库的文件：%2</translation>
    </message>
    <message>
        <source>The file %1 that a scan or signature waiting for the central store refers to cannot be read from %2 (%3); the rows wait in the outbox until it is there.</source>
        <translation>等待发往中心库的扫描件或签名所引用的文件 %1 无法从 %2 读取（%3）；这些记录留在发件箱中，直到文件到位。</translation>
    </message>
    <message>
        <source>not a file name</source>
        <translation>不是文件名</translation>
    </message>
    <message>
        <source>The file %1 in %2 is not an encrypted file of OneWindow&apos;s file store; it was not sent.</source>
        <translation>%2 中的文件 %1 不是一窗通文件库的加密文件；未发送。</translation>
    </message>
    <message>
        <source>Cannot read the file %1 in %2: %3</source>
        <translation>无法读取 %2 中的文件 %1：%3</translation>
    </message>
    <message>
        <source>The central store did not take the list of files: %1</source>
        <translation>中心库未接收文件清单：%1</translation>
    </message>
    <message>
        <source>The central store answered about a file that was not asked for (%1).</source>
        <translation>中心库答复了一个未询问的文件（%1）。</translation>
    </message>
    <message>
        <source>Cannot tidy the outbox of %1: %2</source>
        <translation>无法整理 %1 的发件箱：%2</translation>
    </message>
    <message>
        <source>The file %1 in %2 changed while it was being sent; it goes again on the next round.</source>
        <translation>%2 中的文件 %1 在发送过程中发生了变化；下一轮重新发送。</translation>
    </message>
    <message>
        <source>The central store did not take a chunk of a file: %1</source>
        <translation>中心库未接收文件的分块：%1</translation>
    </message>
    <message>
        <source>the upload was cut off before chunk %1 on purpose (fault injection)</source>
        <translation>第 %1 块发送前上传被有意中断（故障注入）</translation>
    </message>
    <message>
        <source>The central store refused a chunk of the file %1: %2</source>
        <translation>中心库拒收文件 %1 的一个分块：%2</translation>
    </message>
    <message>
        <source>the answer to chunk %1 was lost on purpose (fault injection)</source>
        <translation>第 %1 块的答复被有意丢失（故障注入）</translation>
    </message>
    <message>
        <source>The central store refused the file %1: %2</source>
        <translation>中心库拒收文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ow::GuideDiff</name>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>required</source>
        <translation>必须提交</translation>
    </message>
    <message>
        <source>if applicable</source>
        <translation>视情形提交</translation>
    </message>
    <message>
        <source>may be waived (e-licence / shared data)</source>
        <translation>可免提交（电子证照 / 共享数据）</translation>
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
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>审定状态</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概述</translation>
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
        <source>Online</source>
        <translation>网上办理</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>free</source>
        <translation>不收费</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>办理地点</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>办理时间</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉电话</translation>
    </message>
    <message>
        <source>Condition %1</source>
        <translation>受理条件 %1</translation>
    </message>
    <message>
        <source>Material %1</source>
        <translation>材料 %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>环节 %1</translation>
    </message>
    <message>
        <source>Legal basis %1</source>
        <translation>设定依据 %1</translation>
    </message>
</context>
<context>
    <name>ow::GuideDiffView</name>
    <message>
        <source>Version %1 (%2, %3)</source>
        <translation>第 %1 版（%2，%3）</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>&amp;Next change</source>
        <translation>下一处变化(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>上一处变化(&amp;P)</translation>
    </message>
    <message>
        <source>Guide %1: two versions side by side</source>
        <translation>办事指南 %1：两个版本对照</translation>
    </message>
    <message>
        <source>Changed rows are highlighted; F7 goes to the next change, Shift+F7 to the previous one</source>
        <translation>有变化的行突出显示；F7 转到下一处变化，Shift+F7 转到上一处</translation>
    </message>
    <message>
        <source>&amp;Left (older):</source>
        <translation>左侧（较早）(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Right (newer):</source>
        <translation>右侧（较新）(&amp;R)：</translation>
    </message>
    <message>
        <source>Left version</source>
        <translation>左侧版本</translation>
    </message>
    <message>
        <source>The version shown in the left column</source>
        <translation>左栏显示的版本</translation>
    </message>
    <message>
        <source>Right version</source>
        <translation>右侧版本</translation>
    </message>
    <message>
        <source>The version shown in the right column</source>
        <translation>右栏显示的版本</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>上一处变化</translation>
    </message>
    <message>
        <source>Moves to the changed row above (Shift+F7)</source>
        <translation>转到上方有变化的行（Shift+F7）</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>下一处变化</translation>
    </message>
    <message>
        <source>Moves to the changed row below (F7)</source>
        <translation>转到下方有变化的行（F7）</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>对照摘要</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>One row per field: its label, the left version&apos;s text and the right version&apos;s text</source>
        <translation>每个字段一行：字段名、左侧版本内容、右侧版本内容</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>已更改：%1</translation>
    </message>
    <message>
        <source>Versions %1 and %2 of the guide of %3 are the same.</source>
        <translation>%3 指南的第 %1 版与第 %2 版相同。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ between version %1 and version %2 of the guide of %3 (highlighted; F7: next change).</source>
        <translation>
            <numerusform>%3 指南的第 %1 版与第 %2 版有 %n 处不同（已突出显示；F7：下一处变化）。</numerusform>
        </translation>
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
    <message>
        <source>Cannot read version %1 of the guide of %2 from %3: %4</source>
        <translation>无法从 %3 读取 %2 办事指南第 %1 版：%4</translation>
    </message>
    <message>
        <source>Cannot read the versions of the guide of %1 from %2: %3</source>
        <translation>无法从 %2 读取 %1 办事指南的版本：%3</translation>
    </message>
    <message>
        <source>Cannot add a draft of the guide of %1 to %2: %3</source>
        <translation>无法在 %2 中添加 %1 办事指南草稿：%3</translation>
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
    <message>
        <source>The whole guide: conditions, materials, steps, fees and time limits; F8 reads it.</source>
        <translation>完整办事指南：条件、材料、流程、收费和时限；按 F8 朗读。</translation>
    </message>
</context>
<context>
    <name>ow::HomeVisitRepository</name>
    <message>
        <source>Cannot read the user accounts from %1: %2</source>
        <translation>无法从 %1 读取用户账号：%2</translation>
    </message>
    <message>
        <source>There is no user %1 at this hall to make the visit.</source>
        <translation>本中心没有用户 %1，无法安排其上门。</translation>
    </message>
    <message>
        <source>The user %1 is deactivated and cannot make the visit.</source>
        <translation>用户 %1 已停用，不能安排上门。</translation>
    </message>
    <message>
        <source>Cannot store the home visit in %1: %2</source>
        <translation>无法在 %1 中保存上门预约：%2</translation>
    </message>
    <message>
        <source>The period of home visits must start before it ends.</source>
        <translation>上门预约的查询期间开始日期不能晚于结束日期。</translation>
    </message>
    <message>
        <source>Unknown state of a home visit: %1 (booked, visited or cancelled).</source>
        <translation>未知的上门预约状态：%1（应为 booked、visited 或 cancelled）。</translation>
    </message>
    <message>
        <source>Cannot read the home visits from %1: %2</source>
        <translation>无法从 %1 读取上门预约：%2</translation>
    </message>
    <message>
        <source>There is no home visit %1.</source>
        <translation>没有上门预约 %1。</translation>
    </message>
    <message>
        <source>Say why the home visit is cancelled.</source>
        <translation>请填写取消上门的原因。</translation>
    </message>
    <message>
        <source>The reason for cancelling is longer than 200 characters.</source>
        <translation>取消原因超过 200 个字符。</translation>
    </message>
    <message>
        <source>Cannot cancel the home visit in %1: %2</source>
        <translation>无法在 %1 中取消上门预约：%2</translation>
    </message>
    <message>
        <source>The home visit is %1; only a booked visit can be cancelled.</source>
        <translation>该上门预约状态为“%1”，只有已预约的才能取消。</translation>
    </message>
    <message>
        <source>Cannot store the case in %1: %2</source>
        <translation>无法在 %1 中保存办件：%2</translation>
    </message>
    <message>
        <source>The home visit is %1; a case is taken only on a booked visit.</source>
        <translation>该上门预约状态为“%1”，只有已预约的才能收件。</translation>
    </message>
    <message>
        <source>Cannot link the case to the home visit in %1: %2</source>
        <translation>无法在 %1 中将办件关联到上门预约：%2</translation>
    </message>
    <message>
        <source>Cannot count the home visits in %1: %2</source>
        <translation>无法在 %1 中统计上门预约：%2</translation>
    </message>
</context>
<context>
    <name>ow::HomeVisitView</name>
    <message>
        <source>Home visits</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>Appointments to take a case at the home of an applicant who cannot come.</source>
        <translation>为无法到厅的申请人预约上门收件。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Home visits (上门服务)&lt;/b&gt;</source>
        <translation>&lt;b&gt;上门服务预约&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>First day of the visits listed.</source>
        <translation>列表所列上门预约的第一天。</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Last day of the visits listed.</source>
        <translation>列表所列上门预约的最后一天。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Which appointments the list shows: all, or one state.</source>
        <translation>列表显示哪些预约：全部，或某一状态。</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>上门人员</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Home-visit appointments</source>
        <translation>上门预约列表</translation>
    </message>
    <message>
        <source>One row per appointment; the applicant is masked. Enter takes the case of the selected visit.</source>
        <translation>每行一个预约，申请人信息已脱敏。按回车键为选中的预约收件。</translation>
    </message>
    <message>
        <source>Home visits listed</source>
        <translation>所列上门预约数</translation>
    </message>
    <message>
        <source>How many appointments the list shows.</source>
        <translation>列表中显示的预约数量。</translation>
    </message>
    <message>
        <source>&amp;Book a home visit…</source>
        <translation>预约上门(&amp;B)…</translation>
    </message>
    <message>
        <source>Book a home visit</source>
        <translation>预约上门</translation>
    </message>
    <message>
        <source>Opens the booking form for an applicant who cannot come to the hall.</source>
        <translation>为无法到厅的申请人打开上门预约表。</translation>
    </message>
    <message>
        <source>Take the &amp;case from this visit</source>
        <translation>按此预约收件(&amp;C)</translation>
    </message>
    <message>
        <source>Take the case from this visit</source>
        <translation>按此预约收件</translation>
    </message>
    <message>
        <source>Opens the intake with the applicant and the items of the selected visit; the stored case marks the visit visited.</source>
        <translation>打开收件页，预填选中预约的申请人和事项；办件保存后该预约标记为已上门。</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Why the selected visit will not happen; required to cancel it.</source>
        <translation>选中的预约为何取消；取消时必填。</translation>
    </message>
    <message>
        <source>Cancel the &amp;visit</source>
        <translation>取消预约(&amp;V)</translation>
    </message>
    <message>
        <source>Cancel the visit</source>
        <translation>取消预约</translation>
    </message>
    <message>
        <source>Cancels the selected booked visit with the reason given beside.</source>
        <translation>按旁边填写的原因取消选中的预约。</translation>
    </message>
    <message>
        <source>Home-visit message</source>
        <translation>上门服务提示</translation>
    </message>
    <message>
        <source>The outcome of the last action.</source>
        <translation>上一步操作的结果。</translation>
    </message>
    <message>
        <source>Problem with this field</source>
        <translation>此栏的问题</translation>
    </message>
    <message>
        <source>What to correct in the field above.</source>
        <translation>上方一栏需要更正的内容。</translation>
    </message>
    <message>
        <source>Booking form</source>
        <translation>预约表</translation>
    </message>
    <message>
        <source>The form that books a home visit; Tab goes from field to field.</source>
        <translation>预约上门服务的表单；按 Tab 键逐栏移动。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Book a home visit&lt;/b&gt;</source>
        <translation>&lt;b&gt;预约上门&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Applicant and visit</source>
        <translation>申请人与上门安排</translation>
    </message>
    <message>
        <source>Resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>The applicant&apos;s 18-character resident ID; the age is read from it.</source>
        <translation>申请人的 18 位居民身份证号码，年龄据此计算。</translation>
    </message>
    <message>
        <source>Resident &amp;ID:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>申请人姓名</translation>
    </message>
    <message>
        <source>The applicant&apos;s name as on the ID.</source>
        <translation>与身份证一致的申请人姓名。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>A mobile or landline number to confirm the visit.</source>
        <translation>用于确认上门的手机或固定电话。</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Address to visit</source>
        <translation>上门地址</translation>
    </message>
    <message>
        <source>District, street, building and room of the home.</source>
        <translation>住址的区、街道、楼栋和房号。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Why the applicant cannot come: elderly, disabled, ill, or other (say why in the notes).</source>
        <translation>申请人无法到厅的原因：高龄、残疾、患病，或其他（在备注中说明）。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Items requested</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>Codes of the items the applicant asks for, separated by spaces or commas.</source>
        <translation>申请人要办理的事项编码，以空格或逗号分隔。</translation>
    </message>
    <message>
        <source>I&amp;tems:</source>
        <translation>事项(&amp;T)：</translation>
    </message>
    <message>
        <source>Items found</source>
        <translation>已识别事项</translation>
    </message>
    <message>
        <source>The names of the item codes entered.</source>
        <translation>所填事项编码对应的名称。</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>上门日期</translation>
    </message>
    <message>
        <source>Today or up to 90 days ahead.</source>
        <translation>今天或 90 天以内。</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>From (time)</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>When the visit starts, 08:00 or later.</source>
        <translation>上门开始时间，不早于 08:00。</translation>
    </message>
    <message>
        <source>Until (time)</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>When the visit ends, 20:00 at the latest.</source>
        <translation>上门结束时间，不晚于 20:00。</translation>
    </message>
    <message>
        <source>Ti&amp;me:</source>
        <translation>时段(&amp;M)：</translation>
    </message>
    <message>
        <source>Staff making the visit</source>
        <translation>上门人员</translation>
    </message>
    <message>
        <source>The user name of who goes to the home.</source>
        <translation>上门工作人员的用户名。</translation>
    </message>
    <message>
        <source>&amp;Staff:</source>
        <translation>上门人员(&amp;S)：</translation>
    </message>
    <message>
        <source>Anything the visitor must know: floor, lift, who opens the door.</source>
        <translation>上门人员须知：楼层、电梯、由谁开门等。</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Sa&amp;ve the booking</source>
        <translation>保存预约(&amp;V)</translation>
    </message>
    <message>
        <source>Save the booking</source>
        <translation>保存预约</translation>
    </message>
    <message>
        <source>Checks every field and stores the appointment.</source>
        <translation>检查每一栏并保存预约。</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>返回列表(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>Leaves the form without booking (Esc does the same).</source>
        <translation>不保存，离开预约表（Esc 键同）。</translation>
    </message>
    <message>
        <source>Leave the booking form</source>
        <translation>离开预约表</translation>
    </message>
    <message>
        <source>Booking message</source>
        <translation>预约提示</translation>
    </message>
    <message>
        <source>Why the booking was not stored.</source>
        <translation>预约未保存的原因。</translation>
    </message>
    <message numerus="yes">
        <source>%n home visit(s) listed.</source>
        <translation>
            <numerusform>共 %n 个上门预约。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not in the catalog</source>
        <translation>%1：目录中没有此事项</translation>
    </message>
    <message numerus="yes">
        <source>The booking is not stored: %n field(s) to correct.</source>
        <translation>
            <numerusform>预约未保存：有 %n 栏需要更正。</numerusform>
        </translation>
    </message>
    <message>
        <source>The item code %1 is not in the catalog.</source>
        <translation>事项编码 %1 不在目录中。</translation>
    </message>
    <message>
        <source>Home visit booked for %1 %2 (%3).</source>
        <translation>已预约上门：%1 %2（%3）。</translation>
    </message>
    <message>
        <source>Select a visit first.</source>
        <translation>请先选择一个预约。</translation>
    </message>
    <message>
        <source>This visit is %1: its case is not taken again.</source>
        <translation>该预约状态为“%1”，不能再次收件。</translation>
    </message>
    <message>
        <source>Enter the reason for cancelling beside the button.</source>
        <translation>请在按钮旁填写取消原因。</translation>
    </message>
    <message>
        <source>The visit of %1 is cancelled.</source>
        <translation>%1 的上门预约已取消。</translation>
    </message>
</context>
<context>
    <name>ow::HomeVisits</name>
    <message>
        <source>Enter the applicant&apos;s resident ID number.</source>
        <translation>请填写申请人的居民身份证号码。</translation>
    </message>
    <message>
        <source>Resident ID number: %1</source>
        <translation>居民身份证号码：%1</translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation>请填写申请人姓名。</translation>
    </message>
    <message>
        <source>The name is longer than 50 characters.</source>
        <translation>姓名超过 50 个字符。</translation>
    </message>
    <message>
        <source>Enter a phone number to confirm the visit with the applicant.</source>
        <translation>请填写联系电话，以便与申请人确认上门。</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>Enter the address to visit (district, street, building, room).</source>
        <translation>请填写上门地址（区、街道、楼栋、房号）。</translation>
    </message>
    <message>
        <source>The address is too short to find the home: give the street, building and room.</source>
        <translation>地址太短，无法找到住址：请写明街道、楼栋和房号。</translation>
    </message>
    <message>
        <source>The address is longer than %1 characters.</source>
        <translation>地址超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Choose at least one item the applicant asks for.</source>
        <translation>请至少选择一个申请事项。</translation>
    </message>
    <message>
        <source>At most %1 items can be taken on one visit.</source>
        <translation>一次上门最多受理 %1 个事项。</translation>
    </message>
    <message>
        <source>Choose the day of the visit.</source>
        <translation>请选择上门日期。</translation>
    </message>
    <message>
        <source>The day of the visit (%1) is in the past.</source>
        <translation>上门日期（%1）已过。</translation>
    </message>
    <message>
        <source>A visit is booked at most %1 days ahead.</source>
        <translation>上门最多提前 %1 天预约。</translation>
    </message>
    <message>
        <source>Choose the time slot of the visit.</source>
        <translation>请选择上门时段。</translation>
    </message>
    <message>
        <source>The time slot ends (%1) before it starts (%2).</source>
        <translation>时段结束时间（%1）早于开始时间（%2）。</translation>
    </message>
    <message>
        <source>Visits are made between 08:00 and 20:00.</source>
        <translation>上门时间为 08:00 至 20:00。</translation>
    </message>
    <message>
        <source>Choose who makes the visit.</source>
        <translation>请选择上门人员。</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>备注超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The reason is &quot;other&quot;: say in the notes why the applicant cannot come.</source>
        <translation>原因为“其他”：请在备注中说明申请人无法到厅的原因。</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>高龄</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Ill or bedridden</source>
        <translation>患病或卧床</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>已上门</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ow::IdNumber</name>
    <message>
        <source>no ID number given</source>
        <translation>未填写身份证号码</translation>
    </message>
    <message>
        <source>X may only be the last (check) character, not character %1</source>
        <translation>X 只能作为最后一位（校验码），不能出现在第 %1 位</translation>
    </message>
    <message>
        <source>an ID number has no spaces inside (character %1)</source>
        <translation>身份证号码中间不能有空格（第 %1 位）</translation>
    </message>
    <message>
        <source>only digits and a final X are allowed, not %1 (character %2)</source>
        <translation>只能使用数字和末位 X，不能使用 %1（第 %2 位）</translation>
    </message>
    <message>
        <source>18 characters expected, got %1</source>
        <translation>应为 18 位，实际为 %1 位</translation>
    </message>
    <message>
        <source>the old 15-digit form has only digits, no X at the end</source>
        <translation>15 位旧号码只有数字，末位不能是 X</translation>
    </message>
    <message>
        <source>the region code %1 does not exist: it must start with 1 to 8</source>
        <translation>地址码 %1 不存在：首位应为 1 至 8</translation>
    </message>
    <message>
        <source>the birth date %1 does not exist</source>
        <translation>出生日期 %1 不存在</translation>
    </message>
    <message>
        <source>the birth date %1 is after today</source>
        <translation>出生日期 %1 晚于今天</translation>
    </message>
    <message>
        <source>the check character should be %1, not %2</source>
        <translation>校验码应为 %1，而不是 %2</translation>
    </message>
    <message>
        <source>this is the old 15-digit form (before 1999): the holder&apos;s current number has 18 characters</source>
        <translation>这是 15 位旧号码（1999 年以前）：持证人现行号码为 18 位</translation>
    </message>
</context>
<context>
    <name>ow::IntakeAutosave</name>
    <message>
        <source>Unfinished intake</source>
        <translation>未完成的收件</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restore the unfinished intake</source>
        <translation>恢复未完成的收件</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Discard the unfinished intake</source>
        <translation>丢弃未完成的收件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the message about drafts</source>
        <translation>关闭关于草稿的提示</translation>
    </message>
    <message>
        <source>An unfinished intake could not be read and was discarded (the other drafts and cases are unchanged): %1</source>
        <translation>一份未完成的收件无法读取，已丢弃（其他草稿和办件均未改动）：%1</translation>
    </message>
    <message>
        <source>no items yet</source>
        <translation>尚未选择事项</translation>
    </message>
    <message>
        <source>An unfinished intake was kept: started %1, last saved %2, items: %3. Restore it into this form, or discard it?</source>
        <translation>有一份未完成的收件已保存：开始于 %1，最后保存于 %2，事项：%3。恢复到本表单，还是丢弃？</translation>
    </message>
</context>
<context>
    <name>ow::IntakeDraft</name>
    <message>
        <source>Enter the applicant&apos;s name.</source>
        <translation>请输入申请人姓名或名称。</translation>
    </message>
    <message>
        <source>Enter the number of the disability certificate.</source>
        <translation>请输入残疾人证号码。</translation>
    </message>
    <message>
        <source>Enter the legal representative.</source>
        <translation>请输入法定代表人。</translation>
    </message>
    <message>
        <source>Enter the agent&apos;s name.</source>
        <translation>请输入代办人姓名。</translation>
    </message>
    <message>
        <source>The agent cannot be the applicant.</source>
        <translation>代办人不能是申请人本人。</translation>
    </message>
    <message>
        <source>Say what authorizes the agent (e.g. a power of attorney).</source>
        <translation>请注明代办人的授权依据（如授权委托书）。</translation>
    </message>
    <message>
        <source>Choose at least one item.</source>
        <translation>请至少选择一个事项。</translation>
    </message>
    <message>
        <source>Required materials are missing: ask for them all at once with the supplement notice, or receive them first.</source>
        <translation>缺少必须提交的材料：请用一次性补正告知书一次告知，或先收齐材料。</translation>
    </message>
    <message>
        <source>These items have no published guide, so their materials are unknown: %1.</source>
        <translation>以下事项尚无已发布的办事指南，所需材料不明：%1。</translation>
    </message>
    <message>
        <source>Nothing required is missing: there is nothing to ask for.</source>
        <translation>没有缺少必须提交的材料，无需补正。</translation>
    </message>
    <message>
        <source>A refusal states its reasons.</source>
        <translation>不予受理须说明理由。</translation>
    </message>
    <message>
        <source>Choose the material the scan belongs to.</source>
        <translation>请选择扫描件所属的材料。</translation>
    </message>
    <message>
        <source>This file is already attached to %1.</source>
        <translation>该文件已附加到 %1。</translation>
    </message>
    <message>
        <source>Choose the scan to remove.</source>
        <translation>请选择要移除的扫描件。</translation>
    </message>
</context>
<context>
    <name>ow::IntakeDraftJson</name>
    <message>
        <source>The field &quot;%1&quot; %2.</source>
        <translation>字段“%1”%2。</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>不是文本</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>不是 true 或 false</translation>
    </message>
    <message>
        <source>is not a whole number from 0 to 9999</source>
        <translation>不是 0 至 9999 之间的整数</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>不是列表</translation>
    </message>
    <message>
        <source>The draft is not valid JSON: %1 at byte %2.</source>
        <translation>草稿不是有效的 JSON：第 %2 字节处%1。</translation>
    </message>
    <message>
        <source>The draft is not a JSON object.</source>
        <translation>草稿不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The draft is not an intake draft of OneWindow.</source>
        <translation>这不是一窗通的收件草稿。</translation>
    </message>
    <message>
        <source>The draft has no format version.</source>
        <translation>草稿没有格式版本号。</translation>
    </message>
    <message>
        <source>The draft was saved in an older format (version %1); this OneWindow reads version %2 only.</source>
        <translation>草稿以旧格式（版本 %1）保存；本版一窗通只能读取版本 %2。</translation>
    </message>
    <message>
        <source>The draft was saved by a newer OneWindow (format version %1); this one reads version %2 only.</source>
        <translation>草稿由较新的一窗通保存（格式版本 %1）；本版只能读取版本 %2。</translation>
    </message>
    <message>
        <source>is neither person nor enterprise</source>
        <translation>既不是 person（个人）也不是 enterprise（企业）</translation>
    </message>
    <message>
        <source>is neither an object nor null</source>
        <translation>既不是对象也不是 null</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, not one of received, missing, waived</source>
        <translation>为“%1”，不是 received、missing、waived 之一</translation>
    </message>
    <message>
        <source>The draft is damaged: %1</source>
        <translation>草稿已损坏：%1</translation>
    </message>
</context>
<context>
    <name>ow::IntakeDraftStore</name>
    <message>
        <source>The unfinished intake of %1 cannot be opened: the key for encrypted data is not available.</source>
        <translation>%1 的未完成收件无法打开：加密数据的密钥不可用。</translation>
    </message>
    <message>
        <source>The unfinished intake of %1 was saved in an older format (version %2) that this OneWindow no longer reads.</source>
        <translation>%1 的未完成收件以旧格式（版本 %2）保存，本版一窗通已不再读取该格式。</translation>
    </message>
    <message>
        <source>The unfinished intake of %1 was saved by a newer OneWindow (format version %2).</source>
        <translation>%1 的未完成收件由较新的一窗通保存（格式版本 %2）。</translation>
    </message>
    <message>
        <source>The unfinished intake of %1 is damaged (its stored data is truncated or not sealed by OneWindow).</source>
        <translation>%1 的未完成收件已损坏（保存的数据被截断，或并非由一窗通加密）。</translation>
    </message>
    <message>
        <source>The unfinished intake of %1 failed its integrity check: it was altered, or sealed with another key.</source>
        <translation>%1 的未完成收件未通过完整性校验：它被改动过，或是用另一把密钥加密的。</translation>
    </message>
    <message>
        <source>The draft cannot be saved: the key for encrypted data is not available.</source>
        <translation>无法保存草稿：加密数据的密钥不可用。</translation>
    </message>
    <message>
        <source>The draft could not be saved in %1: %2</source>
        <translation>无法把草稿保存到 %1：%2</translation>
    </message>
    <message>
        <source>The drafts in %1 cannot be read: %2</source>
        <translation>无法读取 %1 中的草稿：%2</translation>
    </message>
    <message>
        <source>There is no such unfinished intake of yours.</source>
        <translation>没有这份属于您的未完成收件。</translation>
    </message>
    <message>
        <source>The draft could not be removed from %1: %2</source>
        <translation>无法从 %1 删除草稿：%2</translation>
    </message>
</context>
<context>
    <name>ow::IntakeView</name>
    <message>
        <source>Intake</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>Intake form</source>
        <translation>收件登记表</translation>
    </message>
    <message>
        <source>1. Applicant</source>
        <translation>1. 申请人</translation>
    </message>
    <message>
        <source>Applicant kind</source>
        <translation>申请人类型</translation>
    </message>
    <message>
        <source>Person (resident ID)</source>
        <translation>个人（居民身份证）</translation>
    </message>
    <message>
        <source>Enterprise (unified social credit code)</source>
        <translation>企业（统一社会信用代码）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>ID number or credit code</source>
        <translation>身份证号码或统一社会信用代码</translation>
    </message>
    <message>
        <source>&amp;ID / credit code:</source>
        <translation>身份证号码 / 信用代码(&amp;I)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名或名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名/名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>&amp;Legal representative:</source>
        <translation>法定代表人(&amp;L)：</translation>
    </message>
    <message>
        <source>Holds a disability certificate</source>
        <translation>持有残疾人证</translation>
    </message>
    <message>
        <source>Disability certificate number</source>
        <translation>残疾人证号码</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>2. Agent</source>
        <translation>2. 代办人</translation>
    </message>
    <message>
        <source>An agent applies for the applicant</source>
        <translation>由代办人代为申请</translation>
    </message>
    <message>
        <source>Agent&apos;s name</source>
        <translation>代办人姓名</translation>
    </message>
    <message>
        <source>Agent&apos;s ID number</source>
        <translation>代办人身份证号码</translation>
    </message>
    <message>
        <source>Agent&apos;s phone</source>
        <translation>代办人联系电话</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>授权委托</translation>
    </message>
    <message>
        <source>e.g. 授权委托书</source>
        <translation>如：授权委托书</translation>
    </message>
    <message>
        <source>3. Items (one item, several, or a whole scene)</source>
        <translation>3. 事项（单个事项、多个事项或整个场景）</translation>
    </message>
    <message>
        <source>Add an item by code</source>
        <translation>按编码添加事项</translation>
    </message>
    <message>
        <source>code, e.g. P001, P001.1 or a scene P1.1; Enter adds</source>
        <translation>编码，如 P001、P001.1 或场景 P1.1；回车添加</translation>
    </message>
    <message>
        <source>Chosen items; Delete removes one</source>
        <translation>已选事项；按 Delete 键移除</translation>
    </message>
    <message>
        <source>4. Materials: one merged list (Space changes the state)</source>
        <translation>4. 申请材料：合并后的一份清单（按空格键切换状态）</translation>
    </message>
    <message>
        <source>Merged materials</source>
        <translation>合并后的材料清单</translation>
    </message>
    <message>
        <source>Materials checklist</source>
        <translation>材料核对清单</translation>
    </message>
    <message>
        <source>5. Decision</source>
        <translation>5. 受理决定</translation>
    </message>
    <message>
        <source>Reasons for a refusal, or a note</source>
        <translation>不予受理理由或备注</translation>
    </message>
    <message>
        <source>Reasons (a refusal needs them)</source>
        <translation>理由（不予受理时必填）</translation>
    </message>
    <message>
        <source>&amp;Refuse (不予受理)</source>
        <translation>不予受理(&amp;R)</translation>
    </message>
    <message>
        <source>Intake message</source>
        <translation>收件提示</translation>
    </message>
    <message>
        <source>Problem with this field</source>
        <translation>此项有误</translation>
    </message>
    <message>
        <source>Not in the catalog: %1</source>
        <translation>不在事项目录中：%1</translation>
    </message>
    <message>
        <source>%1 item(s): %2 materials in their guides, %3 to collect once.</source>
        <translation>%1 个事项：办事指南共列明 %2 项材料，合并后需一次收取 %3 项。</translation>
    </message>
    <message>
        <source>No published guide (materials unknown): %1.</source>
        <translation>尚无已发布的办事指南（所需材料不明）：%1。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Green channel: disabled applicant</source>
        <translation>绿色通道：残疾人申请人</translation>
    </message>
    <message>
        <source>Green channel: %1 years old</source>
        <translation>绿色通道：%1 岁</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>%1 岁</translation>
    </message>
    <message>
        <source>Correct the fields marked in red; nothing was stored.</source>
        <translation>请更正标红的字段；未保存任何内容。</translation>
    </message>
    <message>
        <source>Stored. The document is ready to print.</source>
        <translation>已保存。文书可以打印了。</translation>
    </message>
    <message>
        <source>Certificate n&amp;umber:</source>
        <translation>残疾人证号码(&amp;U)：</translation>
    </message>
    <message>
        <source>Agent&apos;&amp;s name:</source>
        <translation>代办人姓名(&amp;S)：</translation>
    </message>
    <message>
        <source>A&amp;gent&apos;s ID number:</source>
        <translation>代办人身份证号码(&amp;G)：</translation>
    </message>
    <message>
        <source>Agent&apos;s phon&amp;e:</source>
        <translation>代办人联系电话(&amp;E)：</translation>
    </message>
    <message>
        <source>Au&amp;thorization:</source>
        <translation>授权委托(&amp;T)：</translation>
    </message>
    <message>
        <source>Applicant&apos;s archive</source>
        <translation>申请人档案</translation>
    </message>
    <message numerus="yes">
        <source>Known applicant: %n earlier case(s); the empty fields were filled from the archive — check them with the applicant.</source>
        <translation>
            <numerusform>已有档案的申请人：此前 %n 件办件；空白字段已按档案填写，请与申请人核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Acce&amp;pt (受理)</source>
        <translation>受理(&amp;P)</translation>
    </message>
    <message>
        <source>Ask for missing materials &amp;once (补正)</source>
        <translation>一次性告知补正(&amp;O)</translation>
    </message>
    <message>
        <source>Scans of the selected material</source>
        <translation>所选材料的扫描件</translation>
    </message>
    <message>
        <source>Scans of the selected material; Delete removes one</source>
        <translation>所选材料的扫描件；按 Delete 键移除一个</translation>
    </message>
    <message>
        <source>&amp;Browse for scans…</source>
        <translation>选择扫描件(&amp;B)…</translation>
    </message>
    <message>
        <source>Attach a scan from a file (JPEG, PNG or PDF)</source>
        <translation>从文件附加扫描件（JPEG、PNG 或 PDF）</translation>
    </message>
    <message>
        <source>Remo&amp;ve scan</source>
        <translation>移除扫描件(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the chosen scan</source>
        <translation>移除所选扫描件</translation>
    </message>
    <message>
        <source>&amp;Which camera:</source>
        <translation>高拍仪(&amp;W)：</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>高拍仪</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>拍照(&amp;C)</translation>
    </message>
    <message>
        <source>Take a picture with the document camera</source>
        <translation>用高拍仪拍照</translation>
    </message>
    <message>
        <source>Find cameras</source>
        <translation>查找高拍仪</translation>
    </message>
    <message>
        <source>Look again for connected document cameras</source>
        <translation>重新查找已连接的高拍仪</translation>
    </message>
    <message>
        <source>Document camera status</source>
        <translation>高拍仪状态</translation>
    </message>
    <message>
        <source>Scan message</source>
        <translation>扫描件提示</translation>
    </message>
    <message>
        <source>The camera gave no picture that could be kept.</source>
        <translation>高拍仪没有给出可保存的图像。</translation>
    </message>
    <message>
        <source>Scans cannot be stored in this program.</source>
        <translation>本程序无法保存扫描件。</translation>
    </message>
    <message>
        <source>No document camera support in this program.</source>
        <translation>本程序不支持高拍仪。</translation>
    </message>
    <message>
        <source>No camera is connected. Connect a document camera (USB) and press Find cameras, or attach scans from files.</source>
        <translation>未连接高拍仪。请连接高拍仪（USB）后点击“查找高拍仪”，或从文件附加扫描件。</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) found.</source>
        <translation>
            <numerusform>找到 %n 台高拍仪。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scans: choose a material in the list above.</source>
        <translation>扫描件：请先在上方列表中选择材料。</translation>
    </message>
    <message numerus="yes">
        <source>Scans of %1: %n page(s)</source>
        <translation>
            <numerusform>%1的扫描件：共 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n page(s)</source>
        <translation>
            <numerusform>%1 — %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large to attach (%2; at most %3 per file).</source>
        <translation>%1 太大，无法附加（%2；每个文件最多 %3）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The case is decided; its scans can no longer change.</source>
        <translation>该办件已作出决定，其扫描件不能再更改。</translation>
    </message>
    <message>
        <source>Choose the material the scan belongs to.</source>
        <translation>请选择扫描件所属的材料。</translation>
    </message>
    <message numerus="yes">
        <source>Attached %1 to %2 (%n page(s)).</source>
        <translation>
            <numerusform>已将 %1 附加到%2（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>已从%2移除 %1。</translation>
    </message>
    <message>
        <source>Attach scans to %1</source>
        <translation>为%1附加扫描件</translation>
    </message>
    <message>
        <source>Scans (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>扫描件 (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>No camera is connected.</source>
        <translation>未连接高拍仪。</translation>
    </message>
    <message>
        <source>Taking a picture…</source>
        <translation>正在拍照…</translation>
    </message>
    <message>
        <source>The intake form; Tab goes from field to field.</source>
        <translation>收件表；按 Tab 键逐栏移动。</translation>
    </message>
    <message>
        <source>One intake from top to bottom: applicant, agent, items, materials checklist, signature and the decision.</source>
        <translation>一次收件，自上而下：申请人、代办人、事项、材料清单、签名和受理决定。</translation>
    </message>
    <message>
        <source>A person with a resident ID, or an enterprise with its unified social credit code.</source>
        <translation>持居民身份证的个人，或持统一社会信用代码的企业。</translation>
    </message>
    <message>
        <source>The 18-character resident ID or credit code; a known applicant is filled in from the archive.</source>
        <translation>18 位居民身份证号码或统一社会信用代码；已有档案的申请人将自动填入。</translation>
    </message>
    <message>
        <source>The applicant&apos;s name as on the ID or licence.</source>
        <translation>与身份证或营业执照一致的申请人名称。</translation>
    </message>
    <message>
        <source>A mobile or landline number the applicant can be called back on.</source>
        <translation>可回访申请人的手机或固定电话。</translation>
    </message>
    <message>
        <source>The applicant&apos;s address (optional).</source>
        <translation>申请人地址（选填）。</translation>
    </message>
    <message>
        <source>The enterprise&apos;s legal representative.</source>
        <translation>企业的法定代表人。</translation>
    </message>
    <message>
        <source>Check when the applicant shows a disability certificate: the case goes by the green channel.</source>
        <translation>申请人出示残疾证时勾选：办件走绿色通道。</translation>
    </message>
    <message>
        <source>The number of the applicant&apos;s disability certificate.</source>
        <translation>申请人的残疾证号。</translation>
    </message>
    <message>
        <source>Check when someone applies on the applicant&apos;s behalf; the agent&apos;s fields follow.</source>
        <translation>有人代申请人办理时勾选，随后填写代办人信息。</translation>
    </message>
    <message>
        <source>The agent&apos;s name as on their ID.</source>
        <translation>与身份证一致的代办人姓名。</translation>
    </message>
    <message>
        <source>The agent&apos;s resident ID number.</source>
        <translation>代办人的居民身份证号码。</translation>
    </message>
    <message>
        <source>The agent&apos;s phone number.</source>
        <translation>代办人的电话。</translation>
    </message>
    <message>
        <source>What authorizes the agent: the letter of authorization or the relationship.</source>
        <translation>代办依据：授权委托书或亲属关系。</translation>
    </message>
    <message>
        <source>Type an item, sub-item or scene code and press Enter to add it to the case.</source>
        <translation>输入事项、子项或场景编码，按回车键加入本办件。</translation>
    </message>
    <message>
        <source>The items this case is taken in for; Delete removes the selected one.</source>
        <translation>本办件受理的事项；按 Delete 键移除选中的一项。</translation>
    </message>
    <message>
        <source>The materials of every chosen item, merged; Space changes the state of the selected row.</source>
        <translation>所选各事项合并后的材料；按空格键改变选中行的状态。</translation>
    </message>
    <message>
        <source>Required for a refusal (the reasons) or a supplement notice; otherwise a note kept with the decision.</source>
        <translation>不予受理或补正时必填（原因）；否则作为备注随决定保存。</translation>
    </message>
    <message>
        <source>Accepts the case: it gets its deadline and the receipt is printed.</source>
        <translation>受理办件：确定办结时限并打印受理回执。</translation>
    </message>
    <message>
        <source>Asks for the missing materials: the supplement notice is printed.</source>
        <translation>要求补齐材料：打印补正通知书。</translation>
    </message>
    <message>
        <source>Refuses the case with the reasons above: the refusal notice is printed.</source>
        <translation>按上述原因不予受理：打印不予受理通知书。</translation>
    </message>
    <message>
        <source>Scans of the material selected in the checklist; Delete removes one.</source>
        <translation>清单中选中材料的扫描件；按 Delete 键移除一份。</translation>
    </message>
    <message>
        <source>Chooses a JPEG, PNG or PDF file as a scan of the selected material.</source>
        <translation>选择 JPEG、PNG 或 PDF 文件作为选中材料的扫描件。</translation>
    </message>
    <message>
        <source>Removes the chosen scan from the material.</source>
        <translation>从材料中移除所选扫描件。</translation>
    </message>
    <message>
        <source>Which connected document camera takes pictures.</source>
        <translation>用哪台已连接的高拍仪拍照。</translation>
    </message>
    <message>
        <source>Takes a picture of the selected material with the chosen camera.</source>
        <translation>用所选高拍仪拍摄选中的材料。</translation>
    </message>
    <message>
        <source>Looks again for connected document cameras.</source>
        <translation>重新查找已连接的高拍仪。</translation>
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
    <message>
        <source>Code and name of the entry chosen in the navigator or the search.</source>
        <translation>在导航或搜索中选中条目的编码和名称。</translation>
    </message>
    <message>
        <source>Catalog data of the selected entry: %1.</source>
        <translation>选中条目的目录信息：%1。</translation>
    </message>
</context>
<context>
    <name>ow::KeychainKeyStore</name>
    <message>
        <source>There is no desktop session (DBUS_SESSION_BUS_ADDRESS is not set), so no system keychain can be reached.</source>
        <translation>当前没有桌面会话（未设置 DBUS_SESSION_BUS_ADDRESS），无法访问系统钥匙串。</translation>
    </message>
    <message>
        <source>the system keychain (service %1, entry %2)</source>
        <translation>系统钥匙串（服务 %1，条目 %2）</translation>
    </message>
    <message>
        <source>No keychain entry name was given for the key of the encrypted files.</source>
        <translation>未给出加密文件密钥在系统钥匙串中的条目名称。</translation>
    </message>
    <message>
        <source>The system keychain (service %1, entry %2) can only be asked once the application is running.</source>
        <translation>系统钥匙串（服务 %1，条目 %2）只能在应用程序运行后访问。</translation>
    </message>
    <message>
        <source>The cryptography library libsodium could not be initialised, so the keychain entry %1 was not used.</source>
        <translation>加密库 libsodium 无法初始化，因此未使用钥匙串条目 %1。</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1 seconds (service %2, entry %3).</source>
        <translation>系统钥匙串在 %1 秒内未响应（服务 %2，条目 %3）。</translation>
    </message>
    <message>
        <source>The system keychain could not be used for the key of the encrypted files (service %1, entry %2): %3</source>
        <translation>无法使用系统钥匙串保存加密文件的密钥（服务 %1，条目 %2）：%3</translation>
    </message>
    <message>
        <source>The keychain entry %1 of service %2 holds %3 bytes, but a key has %4: it is damaged or not a OneWindow key. It was left unchanged.</source>
        <translation>服务 %2 的钥匙串条目 %1 含有 %3 字节，而密钥应为 %4 字节：该条目已损坏或不是一窗通密钥。该条目未作任何改动。</translation>
    </message>
</context>
<context>
    <name>ow::LargePrint</name>
    <message>
        <source> (large print)</source>
        <translation>（大字版）</translation>
    </message>
</context>
<context>
    <name>ow::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <source>Locked by</source>
        <translation>锁定人</translation>
    </message>
    <message>
        <source>Lock message</source>
        <translation>锁定提示</translation>
    </message>
    <message>
        <source>Password to unlock</source>
        <translation>解锁密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>切换用户</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>已锁定 — %1</translation>
    </message>
    <message>
        <source>The screen is locked and personal data hidden until the password is entered.</source>
        <translation>屏幕已锁定，输入密码前个人信息不予显示。</translation>
    </message>
    <message>
        <source>The password of the user who locked the screen; Enter unlocks.</source>
        <translation>锁屏用户的密码；按回车键解锁。</translation>
    </message>
    <message>
        <source>Unlocks the screen with the password entered.</source>
        <translation>用所输入的密码解锁屏幕。</translation>
    </message>
    <message>
        <source>Signs another user in at this window.</source>
        <translation>让其他用户在本窗口登录。</translation>
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
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Search items</source>
        <translation>搜索事项(&amp;S)</translation>
    </message>
    <message>
        <source>Your session is older than %1 hours: enter your password to go on.</source>
        <translation>您的会话已超过 %1 小时：请输入密码以继续。</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without input. Personal data is hidden.</source>
        <translation>
            <numerusform>%n 分钟无操作，已自动锁定。个人信息已隐藏。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed-in user and window</source>
        <translation>登录用户和窗口</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Lock the screen</source>
        <translation>锁定屏幕(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>切换用户(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Manage</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;User accounts…</source>
        <translation>用户账户(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>guide</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 window %4</source>
        <translation>%1（%2）· %3 %4 号窗口</translation>
    </message>
    <message>
        <source> · DEMO ACCOUNT</source>
        <translation> · 演示账户</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Locked by %1. Personal data is hidden.</source>
        <translation>已被 %1 锁定。个人信息已隐藏。</translation>
    </message>
    <message>
        <source>switched to %1</source>
        <translation>已切换到 %1</translation>
    </message>
    <message>
        <source>%1, window %2</source>
        <translation>%1，%2 号窗口</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>新建收件(&amp;N)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>&amp;Cases of today</source>
        <translation>今日办件(&amp;C)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The screens will be in the chosen language from the next start.</source>
        <translation>下次启动起，界面将使用所选语言。</translation>
    </message>
    <message>
        <source>The language could not be saved in the settings.</source>
        <translation>无法在设置中保存所选语言。</translation>
    </message>
    <message>
        <source>this workstation has no store for personal files</source>
        <translation>本工作站没有个人文件的加密存储</translation>
    </message>
    <message>
        <source>Case %1 is stored, but its signature was not: %2</source>
        <translation>办件 %1 已保存，但签名未保存：%2</translation>
    </message>
    <message>
        <source>Close the tab</source>
        <translation>关闭标签页</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>not yet published</source>
        <translation>尚未发布</translation>
    </message>
    <message>
        <source>Catalog %1: %2 items, %3 sub-items, %4 guides · Database: %5</source>
        <translation>事项目录（%1）：%2 项，%3 个子项，%4 份办事指南 · 数据库：%5</translation>
    </message>
    <message>
        <source>Sync with the central store now</source>
        <translation>立即与中心库同步</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>统计看板(&amp;D)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Sign &amp;out (shift close)…</source>
        <translation>交班并退出(&amp;O)…</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>shift closed</source>
        <translation>已交班</translation>
    </message>
    <message>
        <source>One tab per open guide, intake, list or case; Ctrl+W closes the current tab.</source>
        <translation>每个打开的指南、收件、列表或办件一个标签页；按 Ctrl+W 关闭当前标签页。</translation>
    </message>
    <message>
        <source>The catalog data of the entry chosen on the left.</source>
        <translation>左侧选中条目的目录信息。</translation>
    </message>
    <message>
        <source>A page of the workspace.</source>
        <translation>工作区的一个页面。</translation>
    </message>
    <message>
        <source>Shows the tabs further left.</source>
        <translation>显示左侧更多标签页。</translation>
    </message>
    <message>
        <source>Shows the tabs further right.</source>
        <translation>显示右侧更多标签页。</translation>
    </message>
    <message>
        <source>The open pages; Ctrl+Tab and Ctrl+Shift+Tab go from one to the next.</source>
        <translation>已打开的页面；按 Ctrl+Tab 和 Ctrl+Shift+Tab 切换。</translation>
    </message>
    <message>
        <source>&amp;Home visits (上门服务)</source>
        <translation>上门服务(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Rectifications (整改)</source>
        <translation>整改(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;ync conflicts</source>
        <translation>同步冲突(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Catalog and guides…</source>
        <translation>事项与指南(&amp;C)…</translation>
    </message>
    <message>
        <source>Taken at home (上门服务) on %1 %2 by %3.</source>
        <translation>上门收件：%1 %2，上门人员 %3。</translation>
    </message>
    <message>
        <source>Channel: home visit</source>
        <translation>受理渠道：上门服务</translation>
    </message>
    <message>
        <source>The case was taken at the applicant&apos;s home on a booked home visit.</source>
        <translation>此办件是按上门预约在申请人家中收件的。</translation>
    </message>
    <message>
        <source>Guide %1: v%2 against current</source>
        <translation>指南 %1：第 %2 版与现行版对照</translation>
    </message>
    <message>
        <source>Compare the guide of %1</source>
        <translation>对照 %1 的指南</translation>
    </message>
    <message>
        <source>Shows the guide version %1, which the case was taken under, beside the current one</source>
        <translation>将受理本办件时所用的第 %1 版指南与现行版本并排显示</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>Home visit (上门服务) of %1 %2: the case is recorded as taken at home and the appointment is marked visited.</source>
        <translation>上门服务（%1 %2）：此办件记为上门收件，保存后预约标记为已上门。</translation>
    </message>
    <message>
        <source>This intake is the case taken at an applicant&apos;s home, booked as a home visit.</source>
        <translation>此收件为按上门预约在申请人家中收取的办件。</translation>
    </message>
    <message>
        <source>Intake (home visit)</source>
        <translation>收件（上门）</translation>
    </message>
    <message>
        <source>Rectifications</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>%1 has no guide.</source>
        <translation>%1 没有办事指南。</translation>
    </message>
    <message>
        <source>The applicant says the rating aloud and the helper keys it in. Only in the accessibility mode (F12), for an applicant who cannot use the customer window; an ordinary applicant rates on the customer window and the clerk never rates.</source>
        <translation>申请人口头说出评价，由帮办人员按键录入。仅限无障碍模式（F12），供无法使用评价窗口的申请人使用；一般申请人在评价窗口自行评价，窗口人员不得代评。</translation>
    </message>
    <message>
        <source>Spoken rating (accessibility mode only)</source>
        <translation>口述评价（仅限无障碍模式）</translation>
    </message>
    <message>
        <source>Spoken rating (assisted-service helpers and supervisors only)</source>
        <translation>口述评价（仅限帮办人员和负责人）</translation>
    </message>
    <message>
        <source>Record the applicant&apos;s spoken &amp;rating…</source>
        <translation>记录申请人的口述评价(&amp;R)…</translation>
    </message>
    <message>
        <source>The spoken rating is for the accessibility mode only (F12): an applicant who can use the customer window rates there.</source>
        <translation>口述评价仅限无障碍模式（F12）：能使用评价窗口的申请人请在评价窗口评价。</translation>
    </message>
    <message>
        <source>The case %1 is not decided yet; it can be rated after the decision.</source>
        <translation>办件 %1 尚未作出决定，决定后才能评价。</translation>
    </message>
    <message>
        <source>No decided case to rate: decide an intake, or open the case (F3, Enter) first.</source>
        <translation>没有可评价的已决定办件：请先对收件作出决定，或打开该办件（F3，回车）。</translation>
    </message>
    <message>
        <source>The case %1 has already been rated (%2); a case is rated once.</source>
        <translation>办件 %1 已评价（%2 分）；每件只评价一次。</translation>
    </message>
    <message>
        <source>Spoken rating cancelled: nothing recorded.</source>
        <translation>已取消口述评价，未作记录。</translation>
    </message>
    <message>
        <source>Case %1 rated %2 (spoken answer).</source>
        <translation>办件 %1 已评 %2 分（口述）。</translation>
    </message>
    <message>
        <source>Spoken rating</source>
        <translation>口述评价</translation>
    </message>
    <message>
        <source>Catalog version %1 received: restart OneWindow to use it · </source>
        <translation>事项目录版本 %1 已收到：重启一窗通后启用 · </translation>
    </message>
</context>
<context>
    <name>ow::ManPage</name>
    <message>
        <source>OneWindow manual</source>
        <translation>一窗通手册</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>command line of OneWindow (一窗通) for a hall&apos;s IT person</source>
        <translation>一窗通命令行工具，供服务大厅信息技术人员使用</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>用法概要</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>owctl sets up a workstation&apos;s local database and its hall, manages accounts and the audit log, and reads the catalog, guides, the holiday calendar and cases, for scripts and for the hall&apos;s IT person. The counter application itself is onewindow(1).</source>
        <translation>owctl 用于设置工作站的本地数据库和大厅，管理账户和审计日志，并读取事项目录、办事指南、节假日工作日历和办件，供脚本和大厅信息技术人员使用。窗口程序本身见 onewindow(1)。</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>退出状态</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>the local database when --db is not given</source>
        <translation>未指定 --db 时使用的本地数据库</translation>
    </message>
    <message>
        <source>the password of --user, instead of a prompt (for scripts; keep it out of shell history)</source>
        <translation>--user 的密码，代替交互输入（用于脚本；勿留在 shell 历史中）</translation>
    </message>
    <message>
        <source>the password of an account being created, instead of a prompt</source>
        <translation>新建账户的密码，代替交互输入</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>另见</translation>
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
    <message>
        <source>The person&apos;s and the enterprise&apos;s lifecycle.</source>
        <translation>个人和企业的生命周期。</translation>
    </message>
    <message>
        <source>Person or enterprise; the arrow keys change the lifecycle shown.</source>
        <translation>个人或企业；用方向键切换所显示的生命周期。</translation>
    </message>
    <message>
        <source>Items of an enterprise&apos;s life, by stage and scene</source>
        <translation>企业生命周期中的事项，按阶段和场景排列</translation>
    </message>
    <message>
        <source>Items of a person&apos;s life, by stage and scene</source>
        <translation>个人生命周期中的事项，按阶段和场景排列</translation>
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
        <source>the database %1 does not exist; run &apos;owctl init&apos; first</source>
        <translation>数据库 %1 不存在；请先运行“owctl init”</translation>
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
        <source>unknown language &apos;%1&apos;: use zh_CN or en</source>
        <translation>未知语言“%1”：请用 zh_CN 或 en</translation>
    </message>
    <message>
        <source>init: unknown argument &apos;%1&apos;</source>
        <translation>init：未知参数“%1”</translation>
    </message>
    <message>
        <source>init: --demo sets up its own hall; give it no --center or --admin</source>
        <translation>init：--demo 会自行设置演示大厅，不能同时给出 --center 或 --admin</translation>
    </message>
    <message>
        <source>init: setting up a hall needs --center, --center-name, --window and --admin (missing %1)</source>
        <translation>init：设置大厅需要 --center、--center-name、--window 和 --admin（缺少 %1）</translation>
    </message>
    <message>
        <source>init: --window and --idle-lock take whole numbers</source>
        <translation>init：--window 和 --idle-lock 须为整数</translation>
    </message>
    <message>
        <source>this database is already set up for %1 %2, window %3</source>
        <translation>本数据库已设置为 %1 %2 的 %3 号窗口</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>set up %1 %2, window %3, administrator %4
</source>
        <translation>已设置 %1 %2，%3 号窗口，系统管理员 %4
</translation>
    </message>
    <message>
        <source>demo users exist already; their passwords were printed when they were made
</source>
        <translation>演示用户已存在；其密码已在创建时输出
</translation>
    </message>
    <message>
        <source>DEMO users (for trying OneWindow only; these passwords are shown this once):
</source>
        <translation>演示用户（仅供试用一窗通；以下密码仅显示这一次）：
</translation>
    </message>
    <message>
        <source>%1 needs a signed-in user: add --user NAME (password from OWCTL_PASSWORD or the terminal)</source>
        <translation>%1 需要已登录的用户：请加上 --user 用户名（密码取自 OWCTL_PASSWORD 或终端输入）</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>user needs a subcommand: add or list</source>
        <translation>user 需要子命令：add 或 list</translation>
    </message>
    <message>
        <source>user list: unknown argument &apos;%1&apos;</source>
        <translation>user list：未知参数“%1”</translation>
    </message>
    <message>
        <source> (deactivated)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <source>user add needs a user name</source>
        <translation>user add 需要用户名</translation>
    </message>
    <message>
        <source>user add: unknown argument &apos;%1&apos;</source>
        <translation>user add：未知参数“%1”</translation>
    </message>
    <message>
        <source>user add needs --role clerk|assisted|supervisor|admin</source>
        <translation>user add 需要 --role clerk|assisted|supervisor|admin</translation>
    </message>
    <message>
        <source>added %1 (%2)
</source>
        <translation>已添加 %1（%2）
</translation>
    </message>
    <message>
        <source>unknown user subcommand &apos;%1&apos;</source>
        <translation>未知的 user 子命令“%1”</translation>
    </message>
    <message>
        <source>audit needs a subcommand: export or verify</source>
        <translation>audit 需要子命令：export 或 verify</translation>
    </message>
    <message>
        <source>unknown audit subcommand &apos;%1&apos;</source>
        <translation>未知的 audit 子命令“%1”</translation>
    </message>
    <message>
        <source>%1 takes a date YYYY-MM-DD, got &apos;%2&apos;</source>
        <translation>%1 需要 YYYY-MM-DD 格式的日期，收到了“%2”</translation>
    </message>
    <message>
        <source>audit %1: unknown argument &apos;%2&apos;</source>
        <translation>audit %1：未知参数“%2”</translation>
    </message>
    <message>
        <source>audit export needs --json (the only format so far)</source>
        <translation>audit export 需要 --json（目前唯一的格式）</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from 晚于 --to</translation>
    </message>
    <message>
        <source>the audit log was tampered with: %1</source>
        <translation>审计日志已被篡改：%1</translation>
    </message>
    <message>
        <source>the audit log is intact
</source>
        <translation>审计日志完整
</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>workstation needs a subcommand: show or set</source>
        <translation>workstation 需要子命令：show 或 set</translation>
    </message>
    <message>
        <source>workstation set takes --idle-lock MINUTES</source>
        <translation>workstation set 需要 --idle-lock 分钟数</translation>
    </message>
    <message>
        <source>--idle-lock takes a whole number of minutes from 1 to 120, got &apos;%1&apos;</source>
        <translation>--idle-lock 需要 1 到 120 之间的整数分钟，收到了“%1”</translation>
    </message>
    <message>
        <source>workstation show takes no argument</source>
        <translation>workstation show 不接受参数</translation>
    </message>
    <message>
        <source>this database is not set up for a hall yet (owctl init --center …)</source>
        <translation>此数据库尚未设置大厅（owctl init --center …）</translation>
    </message>
    <message>
        <source>%1 %2, window %3, idle lock %4 minutes
</source>
        <translation>%1 %2，%3 号窗口，无操作 %4 分钟锁屏
</translation>
    </message>
    <message>
        <source>idle lock set to %1 minutes
</source>
        <translation>无操作锁屏时间已设为 %1 分钟
</translation>
    </message>
    <message>
        <source>Setting up:</source>
        <translation>设置：</translation>
    </message>
    <message>
        <source>create or update the local database; load the catalog and guides on first use (safe to run again)</source>
        <translation>创建或升级本地数据库；首次使用时载入事项目录和办事指南（可重复运行）</translation>
    </message>
    <message>
        <source>also set up the hall, this window and its administrator (password: OWCTL_PASSWORD or prompt)</source>
        <translation>同时设置大厅、本窗口及其系统管理员（密码：OWCTL_PASSWORD 或提示输入）</translation>
    </message>
    <message>
        <source>a demo hall with one demo user per role; their generated passwords are printed this once</source>
        <translation>演示大厅，每种角色一个演示用户；生成的密码只在此时显示一次</translation>
    </message>
    <message>
        <source>Reference data (no user needed):</source>
        <translation>基础数据（无需登录）：</translation>
    </message>
    <message>
        <source>print the whole catalog as one JSON document</source>
        <translation>以一个 JSON 文档输出完整事项目录</translation>
    </message>
    <message>
        <source>find items by Chinese, pinyin, initials, code or department; prints the ranked hits</source>
        <translation>按汉字、拼音、首字母、编码或部门查找事项，输出排序后的结果</translation>
    </message>
    <message>
        <source>print the guide of an item (or say it has none)</source>
        <translation>输出事项的办事指南（没有时注明）</translation>
    </message>
    <message>
        <source>save the guide, or the one-page what-to-bring notice, as PDF</source>
        <translation>把办事指南或一次性告知书保存为 PDF</translation>
    </message>
    <message>
        <source>the hall, window and idle lock of this database</source>
        <translation>此数据库的大厅、窗口和锁屏时间</translation>
    </message>
    <message>
        <source>Accounts and audit (need --user; password: OWCTL_PASSWORD or prompt):</source>
        <translation>账户与审计（需要 --user；密码：OWCTL_PASSWORD 或提示输入）：</translation>
    </message>
    <message>
        <source>add an account; its password: OWCTL_NEW_PASSWORD or prompt</source>
        <translation>添加账户；其密码：OWCTL_NEW_PASSWORD 或提示输入</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>列出账户</translation>
    </message>
    <message>
        <source>print the audit log</source>
        <translation>输出审计日志</translation>
    </message>
    <message>
        <source>check the audit log&apos;s hash chain</source>
        <translation>校验审计日志的哈希链</translation>
    </message>
    <message>
        <source>lock the screen after 1 to 120 idle minutes</source>
        <translation>无操作 1 到 120 分钟后锁定屏幕</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>the local database (else $ONEWINDOW_DB, else the application-data folder)</source>
        <translation>本地数据库（未指定时用 $ONEWINDOW_DB，再不然用应用数据文件夹）</translation>
    </message>
    <message>
        <source>who runs a command that needs a role</source>
        <translation>执行需要角色的命令的用户</translation>
    </message>
    <message>
        <source>catalog seed for a new database (default: built in)</source>
        <translation>新数据库使用的目录种子（默认：内置）</translation>
    </message>
    <message>
        <source>language of messages (default: the system&apos;s) and of documents (default: Chinese)</source>
        <translation>提示信息的语言（默认随系统）和文档的语言（默认中文）</translation>
    </message>
    <message>
        <source>show this text, or the version</source>
        <translation>显示本说明或版本</translation>
    </message>
    <message>
        <source>Usage: owctl [--db PATH] [--user NAME] [--lang zh_CN|en] COMMAND</source>
        <translation>用法：owctl [--db 路径] [--user 用户名] [--lang zh_CN|en] 命令</translation>
    </message>
    <message>
        <source>validate needs a kind (id, uscc or phone) and a value</source>
        <translation>validate 需要类型（id、uscc 或 phone）和一个值</translation>
    </message>
    <message>
        <source>validate: unknown kind &apos;%1&apos;: use id, uscc or phone</source>
        <translation>validate：未知类型“%1”：请使用 id、uscc 或 phone</translation>
    </message>
    <message>
        <source>validate %1 needs a value</source>
        <translation>validate %1 需要一个值</translation>
    </message>
    <message>
        <source>validate %1 takes one value, got %2 (quote a value with spaces)</source>
        <translation>validate %1 只接受一个值，实际给了 %2 个（含空格的值请加引号）</translation>
    </message>
    <message>
        <source>invalid ID number %1: %2</source>
        <translation>身份证号码 %1 无效：%2</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>%1, born %2, %3, age %4 (elderly: 60 or over)</source>
        <translation>%1，出生于 %2，%3，%4 周岁（老年人：60 周岁及以上）</translation>
    </message>
    <message>
        <source>%1, born %2, %3, age %4</source>
        <translation>%1，出生于 %2，%3，%4 周岁</translation>
    </message>
    <message>
        <source>valid with a warning: %1: %2</source>
        <translation>有效（附警告）：%1：%2</translation>
    </message>
    <message>
        <source>valid: %1</source>
        <translation>有效：%1</translation>
    </message>
    <message>
        <source>invalid credit code: %1</source>
        <translation>统一社会信用代码无效：%1</translation>
    </message>
    <message>
        <source>invalid phone number: %1</source>
        <translation>电话号码无效：%1</translation>
    </message>
    <message>
        <source>valid: %1 (%2)</source>
        <translation>有效：%1（%2）</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>one merged list of materials for items, sub-items or whole scenes (E1.1)</source>
        <translation>为多个事项、子项或整个场景（如 E1.1）生成合并后的一份材料清单</translation>
    </message>
    <message>
        <source>the N-th working day after a date, on the official holiday calendar</source>
        <translation>按法定节假日日历计算某日之后的第 N 个工作日</translation>
    </message>
    <message>
        <source>workday, weekend or holiday (with its name)</source>
        <translation>工作日、周末或节假日（附名称）</translation>
    </message>
    <message>
        <source>check a resident ID number, unified social credit code or phone number</source>
        <translation>校验居民身份证号码、统一社会信用代码或电话号码</translation>
    </message>
    <message>
        <source>calendar needs a subcommand: due or is-workday</source>
        <translation>calendar 需要子命令：due 或 is-workday</translation>
    </message>
    <message>
        <source>calendar due: unknown argument &apos;%1&apos;</source>
        <translation>calendar due：未知参数“%1”</translation>
    </message>
    <message>
        <source>calendar due: %1 is given twice</source>
        <translation>calendar due：%1 重复给出</translation>
    </message>
    <message>
        <source>calendar due needs --from YYYY-MM-DD</source>
        <translation>calendar due 需要 --from YYYY-MM-DD</translation>
    </message>
    <message>
        <source>calendar due needs --working-days N</source>
        <translation>calendar due 需要 --working-days N</translation>
    </message>
    <message>
        <source>--from takes a date YYYY-MM-DD that exists, got &apos;%1&apos;</source>
        <translation>--from 需要一个存在的日期 YYYY-MM-DD，收到了“%1”</translation>
    </message>
    <message>
        <source>--working-days takes a whole number from 0 to %1, got &apos;%2&apos;</source>
        <translation>--working-days 需要 0 到 %1 之间的整数，收到了“%2”</translation>
    </message>
    <message>
        <source>calendar is-workday takes one date YYYY-MM-DD</source>
        <translation>calendar is-workday 需要一个日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>calendar is-workday: &apos;%1&apos; is not a date YYYY-MM-DD that exists</source>
        <translation>calendar is-workday：“%1”不是存在的日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown calendar subcommand &apos;%1&apos;</source>
        <translation>未知的 calendar 子命令“%1”</translation>
    </message>
    <message>
        <source>chain needs a subcommand: materials</source>
        <translation>chain 需要子命令：materials</translation>
    </message>
    <message>
        <source>unknown chain subcommand &apos;%1&apos;</source>
        <translation>未知的 chain 子命令“%1”</translation>
    </message>
    <message>
        <source>chain materials: unknown argument &apos;%1&apos;</source>
        <translation>chain materials：未知参数“%1”</translation>
    </message>
    <message>
        <source>chain materials needs item, sub-item or scene codes, e.g. E001 E002 or P1.1</source>
        <translation>chain materials 需要事项、子项或场景编码，例如 E001 E002 或 P1.1</translation>
    </message>
    <message>
        <source>chain materials needs --json (the only format so far)</source>
        <translation>chain materials 需要 --json（目前唯一的格式）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an item, sub-item or scene code (E001, E001.1, P1.1 …)</source>
        <translation>“%1”不是事项、子项或场景编码（E001、E001.1、P1.1……）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an item, a sub-item nor a scene of the catalog</source>
        <translation>“%1”既不是事项目录中的事项、子项，也不是场景</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 the work failed (or: invalid), 2 bad command line, 3 valid with a warning, 4 not signed in or not allowed.</source>
        <translation>退出状态：0 完成，1 执行失败（或：无效），2 命令行有误，3 有效但有警告，4 未登录或无权限。</translation>
    </message>
    <message>
        <source>print a case: applicant (identifiers masked), items, materials, events and deadline</source>
        <translation>输出一个办件：申请人（证件号码已脱敏）、事项、材料、事件和办结期限</translation>
    </message>
    <message>
        <source>the hall&apos;s cases of a day, names and identifiers masked</source>
        <translation>本大厅某一天的办件，姓名和证件号码已脱敏</translation>
    </message>
    <message>
        <source>case show needs a case number, e.g. XC01-03-20261130-0007</source>
        <translation>case show 需要办件编号，例如 XC01-03-20261130-0007</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a case number (centre-window-date-sequence, e.g. XC01-03-20261130-0007)</source>
        <translation>“%1”不是办件编号（中心-窗口-日期-序号，例如 XC01-03-20261130-0007）</translation>
    </message>
    <message>
        <source>case show: unknown argument &apos;%1&apos;</source>
        <translation>case show：未知参数“%1”</translation>
    </message>
    <message>
        <source>case show needs --json (the only format so far)</source>
        <translation>case show 需要 --json（目前唯一的格式）</translation>
    </message>
    <message>
        <source>there is no case %1</source>
        <translation>不存在办件 %1</translation>
    </message>
    <message>
        <source>case list: unknown argument &apos;%1&apos;</source>
        <translation>case list：未知参数“%1”</translation>
    </message>
    <message>
        <source>case list needs --date YYYY-MM-DD</source>
        <translation>case list 需要 --date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>no cases on %1
</source>
        <translation>%1 没有办件
</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>办结期限 %1</translation>
    </message>
    <message>
        <source>unknown case subcommand &apos;%1&apos;</source>
        <translation>未知的 case 子命令“%1”</translation>
    </message>
    <message>
        <source>the case&apos;s receipt, supplement notice or refusal notice as PDF</source>
        <translation>把办件的受理回执、补正告知书或不予受理通知书保存为 PDF</translation>
    </message>
    <message>
        <source>receipt needs a subcommand: render</source>
        <translation>receipt 需要子命令：render</translation>
    </message>
    <message>
        <source>receipt render needs a case number, e.g. XC01-03-20261130-0007</source>
        <translation>receipt render 需要办件编号，例如 XC01-03-20261130-0007</translation>
    </message>
    <message>
        <source>--paper is a4 or 80mm, got &apos;%1&apos;</source>
        <translation>--paper 只能是 a4 或 80mm，收到了“%1”</translation>
    </message>
    <message>
        <source>receipt render: unknown argument &apos;%1&apos;</source>
        <translation>receipt render：未知参数“%1”</translation>
    </message>
    <message>
        <source>receipt render needs -o FILE.pdf</source>
        <translation>receipt render 需要 -o 文件.pdf</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1：%2
</translation>
    </message>
    <message>
        <source>the catalog as CSV (UTF-8 with BOM, opens in Excel), one row per item and sub-item</source>
        <translation>以 CSV 输出事项目录（带 BOM 的 UTF-8，可用 Excel 打开），每个事项和子项一行</translation>
    </message>
    <message>
        <source>the published versions of the catalog and guides, and what waits as a draft</source>
        <translation>目录和办事指南已发布的版本，以及待发布的草稿</translation>
    </message>
    <message>
        <source>what would stop publishing the drafts now (exit 1 when anything)</source>
        <translation>列出目前妨碍发布草稿的问题（有问题时退出码为 1）</translation>
    </message>
    <message>
        <source>every version of an item&apos;s guide</source>
        <translation>一个事项办事指南的全部版本</translation>
    </message>
    <message>
        <source>two versions of a guide side by side, field by field</source>
        <translation>逐项并排比较办事指南的两个版本</translation>
    </message>
    <message>
        <source>a catalog (JSON or CSV) or one guide (JSON) as a draft; checked in full first, a bad file changes nothing</source>
        <translation>将目录（JSON 或 CSV）或一份办事指南（JSON）导入为草稿；先完整检查，文件有误时不作任何改动</translation>
    </message>
    <message>
        <source>catalog export needs one format: --json or --csv</source>
        <translation>catalog export 需要一种格式：--json 或 --csv</translation>
    </message>
    <message>
        <source>catalog %1: unknown argument &apos;%2&apos;</source>
        <translation>catalog %1：未知参数“%2”</translation>
    </message>
    <message>
        <source>catalog import needs a file: a catalog (JSON or CSV) or a guide (JSON)</source>
        <translation>catalog import 需要一个文件：目录（JSON 或 CSV）或办事指南（JSON）</translation>
    </message>
    <message>
        <source>catalog publish needs --note TEXT saying what changed</source>
        <translation>catalog publish 需要用 --note 说明改了什么</translation>
    </message>
    <message>
        <source>--effective takes a date YYYY-MM-DD, got &apos;%1&apos;</source>
        <translation>--effective 需要日期 YYYY-MM-DD，收到的是“%1”</translation>
    </message>
    <message>
        <source>no version published yet: the counters use the catalog and guides as loaded
</source>
        <translation>尚未发布任何版本：窗口使用初始载入的目录和办事指南
</translation>
    </message>
    <message>
        <source>v%1  effective %2  %3 items, %4 guides  published %5 by %6: %7
</source>
        <translation>第 %1 版  %2 生效  %3 项事项，%4 份办事指南  %5 由 %6 发布：%7
</translation>
    </message>
    <message>
        <source>a draft catalog waits to be published
</source>
        <translation>有一份待发布的目录草稿
</translation>
    </message>
    <message>
        <source>guide drafts: %1
</source>
        <translation>办事指南草稿：%1
</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before publishing</source>
        <translation>
            <numerusform>发布前须解决 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>ready to publish
</source>
        <translation>可以发布
</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 32 MB: not a catalog or guide</source>
        <translation>%1 大于 32 MB，不是目录或办事指南</translation>
    </message>
    <message>
        <source>imported %1; publish it with: owctl catalog publish --note TEXT
</source>
        <translation>已导入%1；发布请用：owctl catalog publish --note 说明
</translation>
    </message>
    <message>
        <source>published catalog version %1 (%2 items, %3 guides), effective %4
</source>
        <translation>已发布目录第 %1 版（%2 项事项，%3 份办事指南），%4 生效
</translation>
    </message>
    <message>
        <source>guide %1: unexpected argument &apos;%2&apos;</source>
        <translation>guide %1：多余的参数“%2”</translation>
    </message>
    <message>
        <source>guide diff needs two version numbers, e.g. guide diff E001 1 2</source>
        <translation>guide diff 需要两个版本号，例如 guide diff E001 1 2</translation>
    </message>
    <message>
        <source>%1 has no guide</source>
        <translation>%1 没有办事指南</translation>
    </message>
    <message>
        <source>%1 v%2 is missing</source>
        <translation>%1 第 %2 版缺失</translation>
    </message>
    <message>
        <source>%1 has no guide version %2</source>
        <translation>%1 没有第 %2 版办事指南</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ
</source>
        <translation>
            <numerusform>%n 项不同
</numerusform>
        </translation>
    </message>
    <message>
        <source>guide needs a subcommand: show, print, versions or diff</source>
        <translation>guide 需要子命令：show、print、versions 或 diff</translation>
    </message>
    <message>
        <source>write every case received in the range, complete and unmasked, to FILE (docs/case-json.md; audited)</source>
        <translation>将期间内收件的全部办件完整、不打码地写入 FILE（见 docs/case-json.md；记入审计日志）</translation>
    </message>
    <message>
        <source>store the cases of an exported document, all or none; cases already present are skipped</source>
        <translation>保存导出文档中的办件，要么全部保存，要么一个不存；已有的办件跳过</translation>
    </message>
    <message>
        <source>case export: unknown argument &apos;%1&apos;</source>
        <translation>case export：未知参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>case export needs --json (the only format so far)</source>
        <translation>case export 需要 --json（目前唯一的格式）</translation>
    </message>
    <message>
        <source>case export writes ID numbers and phones in full: it needs -o FILE and never prints them</source>
        <translation>case export 会写出完整的证件号码和电话：需要 -o FILE，不会输出到屏幕</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 早于 --from %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cases exported to %1: %2
</source>
        <translation>办件已导出到 %1：%2 个
</translation>
    </message>
    <message>
        <source>case import needs one file: owctl case import FILE.json</source>
        <translation>case import 需要一个文件：owctl case import FILE.json</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1：%2；未导入任何办件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>imported %1, skipped %2
</source>
        <translation>已导入 %1 个，跳过 %2 个
</translation>
    </message>
    <message>
        <source>the case&apos;s electronic archive: DIR/CASE_NO.pdf (form, receipt or notice, every scan) and DIR/CASE_NO.manifest.json (SHA-256 of each part)</source>
        <translation>办件电子档案：DIR/办件编号.pdf（登记表、回执或告知书、全部扫描件）和 DIR/办件编号.manifest.json（各部分的 SHA-256）</translation>
    </message>
    <message>
        <source>case archive needs a case number, e.g. XC01-03-20261130-0007</source>
        <translation>case archive 需要办件编号，例如 XC01-03-20261130-0007</translation>
    </message>
    <message>
        <source>case archive: unknown argument &apos;%1&apos;</source>
        <translation>case archive：未知参数“%1”</translation>
    </message>
    <message>
        <source>case archive needs -o DIR</source>
        <translation>case archive 需要 -o DIR</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1：%n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: SHA-256 of the PDF and of its %n part(s)</source>
        <translation>
            <numerusform>%1：PDF 及其 %n 个部分的 SHA-256</numerusform>
        </translation>
    </message>
    <message>
        <source>case needs a subcommand: show, list, export, import or archive</source>
        <translation>case 需要子命令：show、list、export、import 或 archive</translation>
    </message>
    <message>
        <source>Central store and sync (URL: postgresql://USER@HOST:PORT/DB?sslmode=…; password: PGPASSWORD or ~/.pgpass):</source>
        <translation>中心库与同步（地址：postgresql://用户@主机:端口/数据库?sslmode=…；密码：PGPASSWORD 或 ~/.pgpass）：</translation>
    </message>
    <message>
        <source>create or upgrade the central store&apos;s schema (administrator&apos;s login; safe to run again)</source>
        <translation>创建或升级中心库结构（使用管理员登录；可重复运行）</translation>
    </message>
    <message>
        <source>a hall and its login ow_&lt;code&gt;; its password: OWCTL_NEW_PASSWORD or prompt</source>
        <translation>添加一个大厅及其登录名 ow_&lt;编码&gt;；密码取自 OWCTL_NEW_PASSWORD 或提示输入</translation>
    </message>
    <message>
        <source>what the user leaves for the next shift (交班): cases not yet in the central store, 补正 waiting; close also records the hand-over</source>
        <translation>该用户留给下一班的事项（交班）：尚未进入中心库的办件、等待补正的办件；close 同时记录交班</translation>
    </message>
    <message>
        <source>the central address, pending changes, last success and last error</source>
        <translation>中心库地址、待上传的更改、上次成功时间和上次错误</translation>
    </message>
    <message>
        <source>central %1 needs --central URL (the administrator&apos;s login)</source>
        <translation>central %1 需要 --central 地址（管理员登录）</translation>
    </message>
    <message>
        <source>central init: unknown argument &apos;%1&apos;</source>
        <translation>central init：未知参数“%1”</translation>
    </message>
    <message>
        <source>%1: central schema version %2 (up to date)
</source>
        <translation>%1：中心库结构版本 %2（已是最新）
</translation>
    </message>
    <message>
        <source>%1: central schema version %2 (updated from %3)
</source>
        <translation>%1：中心库结构版本 %2（由 %3 更新）
</translation>
    </message>
    <message>
        <source>central add-center needs CODE and NAME</source>
        <translation>central add-center 需要编码和名称</translation>
    </message>
    <message>
        <source>Password of the center&apos;s login %1: </source>
        <translation>中心登录名 %1 的密码：</translation>
    </message>
    <message>
        <source>center %1 (%2): login %3
</source>
        <translation>中心 %1（%2）：登录名 %3
</translation>
    </message>
    <message>
        <source>central publish: the kind is one of %1</source>
        <translation>central publish：类别须为 %1 之一</translation>
    </message>
    <message>
        <source>%1 %2: version %3 published
</source>
        <translation>%1 %2：已发布版本 %3
</translation>
    </message>
    <message>
        <source>central: unknown command &apos;%1&apos;</source>
        <translation>central：未知命令“%1”</translation>
    </message>
    <message>
        <source>sync: unknown argument &apos;%1&apos;</source>
        <translation>sync：未知参数“%1”</translation>
    </message>
    <message>
        <source>central store: %1
pending: %2
last success: %3
last error: %4
</source>
        <translation>中心库：%1
待上传：%2
上次成功：%3
上次错误：%4
</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>sync needs --central URL the first time (it is remembered)</source>
        <translation>首次同步需要 --central 地址（之后会记住）</translation>
    </message>
    <message>
        <source>Password of the central login %1: </source>
        <translation>中心库登录名 %1 的密码：</translation>
    </message>
    <message>
        <source>sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <source>pushed %1, pulled %2, conflicts %3
</source>
        <translation>上传 %1，下载 %2，冲突 %3
</translation>
    </message>
    <message>
        <source>shift needs summary or close</source>
        <translation>shift 需要 summary 或 close</translation>
    </message>
    <message>
        <source>fill the database with a synthetic history of D days ending at --end (default: today); refuses a database with real cases unless --force</source>
        <translation>用截至 --end（默认今天）的 D 天合成历史数据填充数据库；数据库中有真实办件时拒绝执行，除非加 --force</translation>
    </message>
    <message>
        <source>demo needs a subcommand: generate</source>
        <translation>demo 需要子命令：generate</translation>
    </message>
    <message>
        <source>demo generate: unknown argument &apos;%1&apos;</source>
        <translation>demo generate：未知参数“%1”</translation>
    </message>
    <message>
        <source>--cases takes a number from 1 to 5000000, got &apos;%1&apos;</source>
        <translation>--cases 需要 1 到 5000000 之间的数，收到了“%1”</translation>
    </message>
    <message>
        <source>--days takes a number from 1 to 3660, got &apos;%1&apos;</source>
        <translation>--days 需要 1 到 3660 之间的数，收到了“%1”</translation>
    </message>
    <message>
        <source>--seed takes a whole number (0 or more), got &apos;%1&apos;</source>
        <translation>--seed 需要一个非负整数，收到了“%1”</translation>
    </message>
    <message>
        <source>--end takes a date YYYY-MM-DD, got &apos;%1&apos;</source>
        <translation>--end 需要日期 YYYY-MM-DD，收到了“%1”</translation>
    </message>
    <message>
        <source>demo generate needs --cases N, --days D and --seed S</source>
        <translation>demo generate 需要 --cases N、--days D 和 --seed S</translation>
    </message>
    <message>
        <source>%1 is %2: the archive is a copy; 归档 is recorded once the case is delivered (送达)
</source>
        <translation>%1 的状态为%2：本档案仅为副本；办件送达后才记录归档
</translation>
    </message>
    <message>
        <source>electronic archive, PDF SHA-256 %1</source>
        <translation>电子档案，PDF 的 SHA-256 为 %1</translation>
    </message>
    <message>
        <source>the archive is written, but %1 is not marked 归档: %2</source>
        <translation>档案已生成，但 %1 未标记为归档：%2</translation>
    </message>
    <message>
        <source>%1 is filed (归档)
</source>
        <translation>%1 已归档
</translation>
    </message>
    <message>
        <source>the supervisor&apos;s figures of a day (or --from/--to a range): cases by hour, stage and item, decisions, handling time, deadlines, ratings, assisted cases, the plan&apos;s ledger</source>
        <translation>大厅管理的日报数据（或 --from/--to 一段日期）：各时段、阶段、事项办件量，受理结果，办理时长，期限，好差评，帮办代办，工作台账</translation>
    </message>
    <message>
        <source>report needs a subcommand: daily</source>
        <translation>report 需要子命令：daily</translation>
    </message>
    <message>
        <source>report daily: unknown argument &apos;%1&apos;</source>
        <translation>report daily：未知参数“%1”</translation>
    </message>
    <message>
        <source>--window takes a window number 1 to 999, got &apos;%1&apos;</source>
        <translation>--window 需要 1 到 999 的窗口号，得到“%1”</translation>
    </message>
    <message>
        <source>--clerk takes a user name</source>
        <translation>--clerk 需要用户名</translation>
    </message>
    <message>
        <source>report daily needs --date YYYY-MM-DD (or --from and --to)</source>
        <translation>report daily 需要 --date YYYY-MM-DD（或 --from 和 --to）</translation>
    </message>
    <message>
        <source>report daily: --from %1 is after --to %2</source>
        <translation>report daily：--from %1 晚于 --to %2</translation>
    </message>
    <message>
        <source>report daily needs --json (the only format so far)</source>
        <translation>report daily 需要 --json（目前唯一的格式）</translation>
    </message>
    <message>
        <source>the password is kept in the system keychain (%1)</source>
        <translation>密码已保存在系统钥匙串中（%1）</translation>
    </message>
    <message>
        <source>the password is kept in %1, readable by its owner only (%2)</source>
        <translation>密码已保存在 %1，仅所有者可读（%2）</translation>
    </message>
    <message>
        <source>the plan ledger: items offered as 极简办, 集成办 and 全域办, counted against the target of 100 enterprise and 100 individual items</source>
        <translation>规划台账：按极简办、集成办、全域办统计事项，对照企业 100 项、个人 100 项的目标</translation>
    </message>
    <message>
        <source>check the drafts and put them in force as the next numbered version; with --central also send it to every hall through the central store</source>
        <translation>检查草稿并作为下一个编号版本生效；加 --central 时同时经中心库发往各大厅</translation>
    </message>
    <message>
        <source>the home-visit appointments (上门服务) of a day or period, applicants masked (assisted-service role)</source>
        <translation>某一天或某一期间的上门服务预约，申请人信息脱敏（需帮办代办角色）</translation>
    </message>
    <message>
        <source>publish a new version of reference data to every hall (checked first: what a counter would refuse is not sent)</source>
        <translation>向各大厅发布参考数据的新版本（先行检查：窗口会拒收的内容不发送）</translation>
    </message>
    <message>
        <source>send the newest catalog version published in the database to every hall</source>
        <translation>将数据库中最新发布的目录版本发往各大厅</translation>
    </message>
    <message>
        <source>catalog needs a subcommand: export, search, import, check, publish, versions or ledger</source>
        <translation>catalog 需要子命令：export、search、import、check、publish、versions 或 ledger</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 items counted towards the target of %5 (极简办 %6, 集成办 %7, 全域办 %8)
</source>
        <translation>%1 %2：%4 个事项中 %3 个计入目标 %5（极简办 %6，集成办 %7，全域办 %8）
</translation>
    </message>
    <message>
        <source>central publish needs KIND KEY FILE.json (or catalog release, for the newest catalog version of the database)</source>
        <translation>central publish 需要 KIND KEY FILE.json（或 catalog release，表示数据库中最新的目录版本）</translation>
    </message>
    <message>
        <source>%1 has no published catalog version to send: publish one first (owctl catalog publish --note TEXT).</source>
        <translation>%1 没有可发送的已发布目录版本：请先发布（owctl catalog publish --note TEXT）。</translation>
    </message>
    <message>
        <source>not published: %1</source>
        <translation>未发布：%1</translation>
    </message>
    <message>
        <source>visit needs a subcommand: list</source>
        <translation>visit 需要子命令：list</translation>
    </message>
    <message>
        <source>visit list: unknown argument &apos;%1&apos;</source>
        <translation>visit list：未知参数“%1”</translation>
    </message>
    <message>
        <source>--state takes booked, visited, cancelled or all, got &apos;%1&apos;</source>
        <translation>--state 的取值为 booked、visited、cancelled 或 all，而不是“%1”</translation>
    </message>
    <message>
        <source>visit list needs --date YYYY-MM-DD (and --to for a period)</source>
        <translation>visit list 需要 --date YYYY-MM-DD（查询期间时另加 --to）</translation>
    </message>
    <message>
        <source>visit list: --date %1 is after --to %2</source>
        <translation>visit list：--date %1 晚于 --to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n home visit(s)</source>
        <translation>
            <numerusform>共 %n 个上门预约</numerusform>
        </translation>
    </message>
    <message>
        <source>one sync round with the central store (the URL is remembered); prints what moved and the reference data it refused; --save-password keeps the login&apos;s password (from OWCTL_CENTRAL_PASSWORD or prompt) in the system keychain, or without one in an owner-only file beside the database; --verbose reports each page pulled on stderr</source>
        <translation>与中心库同步一轮（记住地址）；显示传送了什么以及拒收的基础数据；--save-password 把登录密码（取自 OWCTL_CENTRAL_PASSWORD 或提示输入）保存在系统钥匙串中，没有钥匙串时保存在数据库旁仅所有者可读的文件中；--verbose 在 stderr 上报告每取回一页</translation>
    </message>
    <message>
        <source>refused: %1
</source>
        <translation>已拒收：%1
</translation>
    </message>
    <message>
        <source>rows received so far: %1…</source>
        <translation>已接收行数：%1…</translation>
    </message>
    <message>
        <source>rows received: %1, the pull is complete</source>
        <translation>已接收行数：%1，拉取完成</translation>
    </message>
    <message>
        <source>let the hall&apos;s own login publish the catalog and the holiday calendar from its administrator screen</source>
        <translation>允许该大厅自己的登录在管理界面发布事项目录和节假日日历</translation>
    </message>
    <message>
        <source>material drafts: %1
</source>
        <translation>材料草稿：%1
</translation>
    </message>
    <message>
        <source>central: say init, add-center, allow-publish or publish</source>
        <translation>central：请指定 init、add-center、allow-publish 或 publish</translation>
    </message>
    <message>
        <source>central allow-publish needs the CODE of a center</source>
        <translation>central allow-publish 需要一个中心的代码 CODE</translation>
    </message>
    <message>
        <source>center %1 may not publish: %2</source>
        <translation>中心 %1 不能获准发布：%2</translation>
    </message>
    <message>
        <source>center %1 may publish the catalog and the holiday calendar from its administrator screen
</source>
        <translation>中心 %1 现在可以在其管理界面发布事项目录和节假日日历
</translation>
    </message>
</context>
<context>
    <name>ow::OwnerOnlyFileKeyStore</name>
    <message>
        <source>the key file %1 (readable by its owner only)</source>
        <translation>密钥文件 %1（仅所有者可读）</translation>
    </message>
    <message>
        <source>No path was given for the key file of the encrypted files.</source>
        <translation>未给出加密文件的密钥文件路径。</translation>
    </message>
    <message>
        <source>The cryptography library libsodium could not be initialised, so the key file %1 was not used.</source>
        <translation>加密库 libsodium 无法初始化，因此未使用密钥文件 %1。</translation>
    </message>
    <message>
        <source>The key file %1 is a symbolic link; OneWindow reads its key only from a regular file. It was left unchanged.</source>
        <translation>密钥文件 %1 是符号链接；一窗通只从普通文件读取密钥。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The key file %1 disappeared while it was being created.</source>
        <translation>密钥文件 %1 在创建过程中消失了。</translation>
    </message>
    <message>
        <source>The key file %1 is not a regular file. It was left unchanged.</source>
        <translation>密钥文件 %1 不是普通文件。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The key file %1 belongs to another user (user id %2); OneWindow uses a key file only when it belongs to the user running it. It was left unchanged.</source>
        <translation>密钥文件 %1 属于其他用户（用户 ID %2）；一窗通只使用属于当前运行用户的密钥文件。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The key file %1 can be read or changed by other users (permissions %2): the key protects applicants&apos; personal files and must be readable by its owner only. Run &quot;chmod 600 %1&quot; and consider the key exposed. The file was left unchanged.</source>
        <translation>密钥文件 %1 可被其他用户读取或修改（权限 %2）：该密钥保护申请人的个人文件，必须仅限所有者可读。请运行“chmod 600 %1”，并视该密钥为已泄露。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The key file %1 holds %2 bytes, but a key has %3: it is damaged or not a OneWindow key. It was left unchanged (a new key would make the stored files unreadable).</source>
        <translation>密钥文件 %1 含有 %2 字节，而密钥应为 %3 字节：该文件已损坏或不是一窗通密钥。该文件未作任何改动（生成新密钥会使已存储的文件无法读取）。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the key file %2: %3</source>
        <translation>无法为密钥文件 %2 创建文件夹 %1：%3</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2 is not a folder.</source>
        <translation>无法创建密钥文件 %1：%2 不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the key file %1 in the folder %2: %3</source>
        <translation>无法在文件夹 %2 中创建密钥文件 %1：%3</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2</source>
        <translation>无法创建密钥文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ow::PasswordHasher</name>
    <message>
        <source>the cryptography library could not be started</source>
        <translation>无法启动加密库</translation>
    </message>
    <message>
        <source>the password could not be hashed (not enough memory)</source>
        <translation>无法计算密码哈希（内存不足）</translation>
    </message>
</context>
<context>
    <name>ow::PasswordPolicy</name>
    <message>
        <source>This password is on the list of common passwords; choose a less obvious one.</source>
        <translation>该密码属于常见密码，请选择不易被猜到的密码。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password must have at most %1 characters.</source>
        <translation>密码最多只能有 %1 个字符。</translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>密码不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>The password must contain at least one letter.</source>
        <translation>密码必须至少包含一个字母。</translation>
    </message>
    <message>
        <source>The password must contain at least one digit.</source>
        <translation>密码必须至少包含一个数字。</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>密码不能包含用户名。</translation>
    </message>
    <message>
        <source>Use %1 to %2 characters with at least one letter and one digit, no space at the start or end, not containing your user name and not a common password.</source>
        <translation>密码长度为 %1 至 %2 个字符，至少包含一个字母和一个数字，首尾不能有空格，不能包含用户名，且不能是常见密码。</translation>
    </message>
</context>
<context>
    <name>ow::PasswordPrompt</name>
    <message>
        <source>no terminal to ask for the password: set %1</source>
        <translation>没有可用于输入密码的终端：请设置 %1</translation>
    </message>
</context>
<context>
    <name>ow::PdfWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — 第 %2 页，共 %3 页</translation>
    </message>
    <message>
        <source>Cannot draw %1 as PDF</source>
        <translation>无法把 %1 绘制为 PDF</translation>
    </message>
</context>
<context>
    <name>ow::PhoneNumber</name>
    <message>
        <source>no phone number given</source>
        <translation>未填写电话号码</translation>
    </message>
    <message>
        <source>the extension after 转 must be 1 to 6 digits</source>
        <translation>“转”后的分机号应为 1 至 6 位数字</translation>
    </message>
    <message>
        <source>the phone number before 转 is missing</source>
        <translation>“转”前缺少电话号码</translation>
    </message>
    <message>
        <source>only digits, spaces, dashes, parentheses, a leading + and 转 before an extension are allowed, not %1 (character %2)</source>
        <translation>只能使用数字、空格、短横线、括号、开头的 + 和分机号前的“转”，不能使用 %1（第 %2 位）</translation>
    </message>
    <message>
        <source>+ may only stand at the start, before the country code</source>
        <translation>+ 只能位于开头、国家代码之前</translation>
    </message>
    <message>
        <source>no digits in the phone number</source>
        <translation>电话号码中没有数字</translation>
    </message>
    <message>
        <source>only mainland numbers are accepted: the country code must be +86</source>
        <translation>只接受中国大陆号码：国家代码应为 +86</translation>
    </message>
    <message>
        <source>after +86 only a mobile number is accepted; write a landline with its area code, e.g. 0632-1234567</source>
        <translation>+86 之后只接受手机号码；固定电话请写区号，例如 0632-1234567</translation>
    </message>
    <message>
        <source>%1 is a service number, not a phone number of the applicant</source>
        <translation>%1 是服务号码，不是申请人的电话号码</translation>
    </message>
    <message>
        <source>too short for a phone number: %1 digits</source>
        <translation>号码太短，不是电话号码：只有 %1 位</translation>
    </message>
    <message>
        <source>400 and 800 numbers are company hotlines, not a phone number of the applicant</source>
        <translation>400 和 800 号码是企业热线，不是申请人的电话号码</translation>
    </message>
    <message>
        <source>a mobile number has 11 digits, got %1</source>
        <translation>手机号码应为 11 位，实际为 %1 位</translation>
    </message>
    <message>
        <source>mobile numbers start with 13 to 19, not %1</source>
        <translation>手机号码以 13 至 19 开头，不能以 %1 开头</translation>
    </message>
    <message>
        <source>a mobile number has no extension</source>
        <translation>手机号码没有分机号</translation>
    </message>
    <message>
        <source>an area code starts with 0, e.g. (0632)1234567</source>
        <translation>区号以 0 开头，例如 (0632)1234567</translation>
    </message>
    <message>
        <source>a landline needs its area code, e.g. 0632-1234567</source>
        <translation>固定电话需要写区号，例如 0632-1234567</translation>
    </message>
    <message>
        <source>%1 digits make neither a mobile number (11 digits starting 13 to 19) nor a landline (area code starting with 0)</source>
        <translation>%1 位数字既不是手机号码（以 13 至 19 开头的 11 位），也不是固定电话（以 0 开头的区号）</translation>
    </message>
    <message>
        <source>parentheses may only enclose the area code, e.g. (0632)1234567</source>
        <translation>括号只能括住区号，例如 (0632)1234567</translation>
    </message>
    <message>
        <source>an area code has 3 or 4 digits, got %1</source>
        <translation>区号应为 3 或 4 位，实际为 %1 位</translation>
    </message>
    <message>
        <source>an area code starts with 0</source>
        <translation>区号以 0 开头</translation>
    </message>
    <message>
        <source>the area code %1 does not exist: only 010 and 020 to 029 have three digits</source>
        <translation>区号 %1 不存在：只有 010 和 020 至 029 是三位区号</translation>
    </message>
    <message>
        <source>the area code %1 does not exist: four-digit area codes start with 03 to 09</source>
        <translation>区号 %1 不存在：四位区号以 03 至 09 开头</translation>
    </message>
    <message>
        <source>the local number after the area code is missing</source>
        <translation>区号后缺少本地号码</translation>
    </message>
    <message>
        <source>the local number after the area code has 7 or 8 digits, got %1</source>
        <translation>区号后的本地号码应为 7 或 8 位，实际为 %1 位</translation>
    </message>
    <message>
        <source>a local number does not start with 0 (the area code has it)</source>
        <translation>本地号码不以 0 开头（0 属于区号）</translation>
    </message>
    <message>
        <source>two extensions given: use either - or 转</source>
        <translation>给了两个分机号：请只用 - 或“转”之一</translation>
    </message>
    <message>
        <source>an extension has 1 to 6 digits, got %1</source>
        <translation>分机号应为 1 至 6 位，实际为 %1 位</translation>
    </message>
    <message>
        <source>too many groups of digits: write area code, number and extension, e.g. 0632-1234567-801</source>
        <translation>数字分组过多：请按区号、号码、分机号书写，例如 0632-1234567-801</translation>
    </message>
    <message>
        <source>%1 is not a phone number the public can call: a hotline has five digits starting 123 (12345), else give a mobile or landline number</source>
        <translation>%1 不是群众可拨打的电话：热线为以 123 开头的五位号码（如 12345），否则请填写手机或带区号的固定电话</translation>
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
    <name>ow::PublishCheck</name>
    <message>
        <source>The catalog is empty.</source>
        <translation>事项目录是空的。</translation>
    </message>
    <message>
        <source>The guide of %1 names no item or sub-item of the catalog.</source>
        <translation>%1 的办事指南对应的事项或子项不在目录中。</translation>
    </message>
    <message>
        <source>The guide of %1: the legal time limit must be a whole number of working days from 1, or 即办.</source>
        <translation>%1 的办事指南：法定办结时限必须是从 1 起的整数个工作日，或即办。</translation>
    </message>
    <message>
        <source>The guide of %1: the promised time limit must be a whole number of working days from 1, or 即办.</source>
        <translation>%1 的办事指南：承诺办结时限必须是从 1 起的整数个工作日，或即办。</translation>
    </message>
    <message>
        <source>The guide of %1 promises %2 working days, more than the legal %3.</source>
        <translation>%1 的办事指南承诺 %2 个工作日，超过法定的 %3 个工作日。</translation>
    </message>
    <message>
        <source>The guide of %1 promises %2 working days for an item the law wants decided on the spot (即办).</source>
        <translation>%1 的办事指南承诺 %2 个工作日，但法定为即办。</translation>
    </message>
    <message>
        <source>%1 had a guide in the published version and would lose it.</source>
        <translation>%1 在已发布的版本中有办事指南，发布后将没有指南。</translation>
    </message>
    <message>
        <source>Item %1 %2 of scene %3 %4 would be removed: a scene (一件事) may not lose an item.</source>
        <translation>场景 %3 %4 中的事项 %1 %2 将被删除：一件事场景不能缺少事项。</translation>
    </message>
    <message>
        <source>Item %1 %2 would leave scene %3 %4: a scene (一件事) may not lose an item.</source>
        <translation>事项 %1 %2 将离开场景 %3 %4：一件事场景不能缺少事项。</translation>
    </message>
    <message>
        <source>Sub-item %1 %2 would be removed.</source>
        <translation>子项 %1 %2 将被删除。</translation>
    </message>
    <message>
        <source>The guide of %1 has no opening hours (办理时间).</source>
        <translation>%1 的指南没有填写办理时间。</translation>
    </message>
    <message>
        <source>enquiry phone (咨询电话)</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <source>complaint phone (监督电话)</source>
        <translation>监督电话</translation>
    </message>
    <message>
        <source>The guide of %1 has no %2.</source>
        <translation>%1 的指南没有填写%2。</translation>
    </message>
    <message>
        <source>The guide of %1: the %2 &quot;%3&quot; is not valid: %4.</source>
        <translation>%1 的指南：%2“%3”无效：%4。</translation>
    </message>
    <message>
        <source>The guide of %1: step %2 needs a name and a description.</source>
        <translation>%1 的指南：第 %2 步需要名称和说明。</translation>
    </message>
</context>
<context>
    <name>ow::QtDocumentCamera</name>
    <message>
        <source>The camera is still taking the previous picture.</source>
        <translation>高拍仪仍在拍摄上一张照片。</translation>
    </message>
    <message>
        <source>The camera is no longer connected. Connect it and refresh the list.</source>
        <translation>高拍仪已断开。请重新连接并刷新列表。</translation>
    </message>
    <message>
        <source>The camera could not take the picture: %1</source>
        <translation>高拍仪无法拍照：%1</translation>
    </message>
    <message>
        <source>The camera could not be started: %1</source>
        <translation>高拍仪无法启动：%1</translation>
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
    <name>ow::RatingWindow</name>
    <message>
        <source>Please rate our service</source>
        <translation>请对我们的服务进行评价</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Case %1: how was our service?</source>
        <translation>办件 %1：您对我们的服务满意吗？</translation>
    </message>
    <message>
        <source>This case has already been rated. Thank you.</source>
        <translation>此办件已评价，谢谢。</translation>
    </message>
    <message>
        <source>Touch one of the buttons.</source>
        <translation>请点击下方按钮之一。</translation>
    </message>
    <message>
        <source>Thank you. We are sorry; the hall&apos;s supervisor will call you back.</source>
        <translation>谢谢。非常抱歉，大厅负责人将回访您。</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>感谢您的评价。</translation>
    </message>
    <message>
        <source>The applicant touches it to rate the service %1 of 5.</source>
        <translation>申请人触摸此按钮，给服务评 %1 分（满分 5 分）。</translation>
    </message>
</context>
<context>
    <name>ow::ReadAloud</name>
    <message>
        <source>S&amp;top reading</source>
        <translation>停止朗读(&amp;T)</translation>
    </message>
    <message>
        <source>Nothing to read: move the focus to a field, a list or a document.</source>
        <translation>没有可朗读的内容：请把焦点移到输入框、列表或文档上。</translation>
    </message>
    <message>
        <source>No materials checklist on screen: open an intake (F2) first.</source>
        <translation>屏幕上没有材料清单：请先新建收件（F2）。</translation>
    </message>
    <message>
        <source>The screen is locked: nothing of a case is read aloud.</source>
        <translation>屏幕已锁定：不朗读任何办件内容。</translation>
    </message>
    <message>
        <source>No decision taken yet at this window.</source>
        <translation>本窗口尚未作出受理决定。</translation>
    </message>
    <message>
        <source> (no speech engine)</source>
        <translation>（无语音引擎）</translation>
    </message>
    <message>
        <source>&amp;Read the focused field aloud</source>
        <translation>朗读当前输入项(&amp;R)</translation>
    </message>
    <message>
        <source>Read the &amp;checklist aloud</source>
        <translation>朗读材料清单(&amp;C)</translation>
    </message>
    <message>
        <source>Read the &amp;decision and deadline aloud</source>
        <translation>朗读受理结果和办结期限(&amp;D)</translation>
    </message>
    <message>
        <source>No speech engine: reading aloud is off.</source>
        <translation>没有语音引擎：朗读不可用。</translation>
    </message>
    <message>
        <source>Reading aloud: %1</source>
        <translation>正在朗读：%1</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>已隐藏</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>已勾选</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未勾选</translation>
    </message>
    <message>
        <source>button</source>
        <translation>按钮</translation>
    </message>
    <message>
        <source>button, not available</source>
        <translation>按钮，当前不可用</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 of %2</source>
        <translation>第 %1 行，共 %2 行</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>办件 %1：%2</translation>
    </message>
    <message>
        <source>Due on %1</source>
        <translation>办结期限 %1</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>Still to bring: %1</source>
        <translation>尚需补交：%1</translation>
    </message>
</context>
<context>
    <name>ow::RectificationService</name>
    <message>
        <source>The rectification of case %1 is closed already.</source>
        <translation>办件 %1 的整改已办结。</translation>
    </message>
    <message>
        <source>The call-back&apos;s date must be a day up to today.</source>
        <translation>回访日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The call-back cannot be before the rectification was opened (%1).</source>
        <translation>回访日期不能早于整改开始日期（%1）。</translation>
    </message>
    <message>
        <source>Say whom the call-back reached (the applicant or who answered).</source>
        <translation>请填写回访对象（申请人本人或接听人）。</translation>
    </message>
    <message>
        <source>Write down what was said in the call-back.</source>
        <translation>请填写回访内容。</translation>
    </message>
    <message>
        <source>Record the call-back before closing the rectification.</source>
        <translation>请先登记回访，再办结整改。</translation>
    </message>
</context>
<context>
    <name>ow::RectificationView</name>
    <message>
        <source>open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Which rectifications to show</source>
        <translation>显示哪些整改</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the rectifications</source>
        <translation>刷新整改列表</translation>
    </message>
    <message>
        <source>Rectifications, the earliest due first</source>
        <translation>整改列表，按到期日先后</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Due (working days)</source>
        <translation>到期日（工作日）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Call-back</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Call-back (回访)</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Day of the call-back</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Whom the call-back reached</source>
        <translation>回访对象</translation>
    </message>
    <message>
        <source>the applicant, or who answered</source>
        <translation>申请人本人，或接听人</translation>
    </message>
    <message>
        <source>What was said in the call-back</source>
        <translation>回访内容</translation>
    </message>
    <message>
        <source>Record the &amp;call-back</source>
        <translation>登记回访(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Reac&amp;hed:</source>
        <translation>回访对象(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation>回访内容(&amp;W)：</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Closing note: what was done</source>
        <translation>办结说明：采取了哪些整改措施</translation>
    </message>
    <message>
        <source>C&amp;lose the rectification</source>
        <translation>办结整改(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 %2 办结：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n rectification(s), %1 overdue</source>
        <translation>
            <numerusform>%n 项整改，%1 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a rectification in the list.</source>
        <translation>请在列表中选择一项整改。</translation>
    </message>
    <message>
        <source>Case %1, rated %2; opened %3, due %4 (%5).</source>
        <translation>办件 %1，评价 %2 分；%3 开始，%4 到期（%5）。</translation>
    </message>
    <message>
        <source>Call-back of case %1 recorded.</source>
        <translation>已登记办件 %1 的回访。</translation>
    </message>
    <message>
        <source>Rectification of case %1 closed.</source>
        <translation>办件 %1 的整改已办结。</translation>
    </message>
</context>
<context>
    <name>ow::ReferenceApply</name>
    <message>
        <source>&apos;%1&apos; is not a kind of reference data this OneWindow knows (%2); a newer OneWindow may: update this one.</source>
        <translation>“%1”不是本版一窗通认识的参考数据类别（%2）；较新的一窗通可能认识：请升级本机。</translation>
    </message>
    <message>
        <source>%1: the document is not a JSON object.</source>
        <translation>%1：文档不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The materials dictionary is published under the key &apos;dictionary&apos;, not &apos;%1&apos;.</source>
        <translation>材料字典以键“dictionary”发布，而不是“%1”。</translation>
    </message>
    <message>
        <source>The holiday calendar is published under the key &apos;holidays&apos;, not &apos;%1&apos;.</source>
        <translation>节假日日历以键“holidays”发布，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1: the guide is for %2, not for %3.</source>
        <translation>%1：该指南属于 %2，而不是 %3。</translation>
    </message>
    <message>
        <source>%1: a published guide needs a version of 1 or more.</source>
        <translation>%1：发布的指南版本号须为 1 或以上。</translation>
    </message>
    <message>
        <source>A catalog version is published under the key &apos;release&apos;, not &apos;%1&apos;.</source>
        <translation>目录版本以键“release”发布，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; must be a whole number of 1 or more.</source>
        <translation>%1：“version”须为 1 或以上的整数。</translation>
    </message>
    <message>
        <source>%1: &quot;effective_on&quot; must be a date YYYY-MM-DD that exists.</source>
        <translation>%1：“effective_on”须为存在的日期 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is missing or empty.</source>
        <translation>%1：“%2”缺失或为空。</translation>
    </message>
    <message>
        <source>%1: &quot;catalog&quot;, &quot;guides&quot; and &quot;materials&quot; must be JSON objects.</source>
        <translation>%1：“catalog”“guides”和“materials”须为 JSON 对象。</translation>
    </message>
    <message>
        <source>%1: the guide is for %2 version %3.</source>
        <translation>%1：该指南属于 %2 第 %3 版。</translation>
    </message>
    <message>
        <source>%1: %2 is not an item or sub-item of the catalog.</source>
        <translation>%1：%2 不是目录中的事项或子项。</translation>
    </message>
    <message>
        <source>%1: the catalog and guides do not match the version&apos;s SHA-256 (the document was altered or cut short).</source>
        <translation>%1：目录和指南与该版本的 SHA-256 不符（文档被改动或不完整）。</translation>
    </message>
    <message>
        <source>Cannot read catalog version %1 from %2: %3</source>
        <translation>无法从 %2 读取目录第 %1 版：%3</translation>
    </message>
    <message>
        <source>There is no catalog version %1 in %2.</source>
        <translation>%2 中没有目录第 %1 版。</translation>
    </message>
    <message>
        <source>Catalog version %1 names guide %2 version %3, which %4 does not hold.</source>
        <translation>目录第 %1 版引用了指南 %2 第 %3 版，但 %4 中没有。</translation>
    </message>
    <message>
        <source>Cannot read the materials dictionary from %1: %2</source>
        <translation>无法从 %1 读取材料字典：%2</translation>
    </message>
    <message>
        <source>Cannot read the reference data pulled into %1: %2</source>
        <translation>无法读取拉取到 %1 的参考数据：%2</translation>
    </message>
    <message>
        <source>Cannot record the reference data applied in %1: %2</source>
        <translation>无法在 %1 中记录已应用的参考数据：%2</translation>
    </message>
    <message>
        <source>Cannot store the material %1 in %2: %3</source>
        <translation>无法在 %2 中保存材料 %1：%3</translation>
    </message>
    <message>
        <source>%1 is not an item or sub-item of this workstation&apos;s catalog.</source>
        <translation>%1 不是本工作站目录中的事项或子项。</translation>
    </message>
    <message>
        <source>the guide of %1 version %2 published here differs from the central store&apos;s.</source>
        <translation>本机已发布的 %1 指南第 %2 版与中心库的不同。</translation>
    </message>
    <message>
        <source>Cannot store the guide of %1 in %2: %3</source>
        <translation>无法在 %2 中保存 %1 的指南：%3</translation>
    </message>
    <message>
        <source>catalog version %1 of this workstation differs from the central store&apos;s.</source>
        <translation>本工作站的目录第 %1 版与中心库的不同。</translation>
    </message>
    <message>
        <source>Cannot store catalog version %1 in %2: %3</source>
        <translation>无法在 %2 中保存目录第 %1 版：%3</translation>
    </message>
    <message>
        <source>Cannot read the refused reference data of %1: %2</source>
        <translation>无法读取 %1 中被拒收的基础数据：%2</translation>
    </message>
    <message>
        <source>Cannot apply the reference data in %1: %2</source>
        <translation>无法在 %1 中应用基础数据：%2</translation>
    </message>
    <message>
        <source>The central store&apos;s %1 %2 (version %3) cannot be used here and was skipped: %4 The rest was applied; publish a corrected version.</source>
        <translation>中心库的 %1 %2（第 %3 版）在本机无法使用，已跳过：%4 其余内容已应用；请发布更正后的版本。</translation>
    </message>
    <message>
        <source>Cannot record the refused reference data in %1: %2</source>
        <translation>无法在 %1 中记录被拒收的基础数据：%2</translation>
    </message>
</context>
<context>
    <name>ow::ReportRepository</name>
    <message>
        <source>Cannot count %1 in %2: %3</source>
        <translation>无法统计 %2 中的%1：%3</translation>
    </message>
    <message>
        <source>A report needs a first and a last day, the first not after the last.</source>
        <translation>报表需要起止日期，且起始日不晚于截止日。</translation>
    </message>
    <message>
        <source>A report needs the hall&apos;s centre code.</source>
        <translation>报表需要大厅的中心代码。</translation>
    </message>
    <message>
        <source>cases by hour</source>
        <translation>各时段办件量</translation>
    </message>
    <message>
        <source>the catalog&apos;s names</source>
        <translation>目录名称</translation>
    </message>
    <message>
        <source>cases by stage</source>
        <translation>各阶段办件量</translation>
    </message>
    <message>
        <source>cases by scene</source>
        <translation>各场景办件量</translation>
    </message>
    <message>
        <source>cases by item</source>
        <translation>各事项办件量</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>受理结果</translation>
    </message>
    <message>
        <source>deadlines</source>
        <translation>办理期限</translation>
    </message>
    <message>
        <source>ratings</source>
        <translation>好差评</translation>
    </message>
    <message>
        <source>assisted cases</source>
        <translation>帮办代办办件</translation>
    </message>
    <message>
        <source>the plan&apos;s ledger</source>
        <translation>工作台账</translation>
    </message>
    <message>
        <source>the cases behind a figure</source>
        <translation>数据对应的办件</translation>
    </message>
    <message>
        <source>the day&apos;s summary</source>
        <translation>每日统计汇总</translation>
    </message>
</context>
<context>
    <name>ow::Roles</name>
    <message>
        <source>counter clerk</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>assisted-service staff</source>
        <translation>帮办代办人员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>大厅管理人员</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>ow::RuntimeModule</name>
    <message>
        <source>The module %1 of OneWindow cannot be loaded (%2).</source>
        <translation>无法加载一窗通的模块 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>ow::ScanFormat</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to attach.</source>
        <translation>%1 是空文件：没有可附加的内容。</translation>
    </message>
    <message>
        <source>%1 is too large to attach (%2; at most %3 per file). Scan it at a lower resolution or split it.</source>
        <translation>%1 太大，无法附加（%2；每个文件最多 %3）。请降低扫描分辨率或拆分文件。</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or PDF file (its content says so, whatever its name): only those can be attached.</source>
        <translation>%1 不是 JPEG、PNG 或 PDF 文件（按文件内容判断，与文件名无关）：只能附加这三种文件。</translation>
    </message>
</context>
<context>
    <name>ow::ScanGallery</name>
    <message>
        <source>Scans of the case</source>
        <translation>办件的扫描件</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 — %n page(s)</source>
        <translation>
            <numerusform>%1：%2 — %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>The thumbnail cannot be shown.</source>
        <translation>无法显示缩略图。</translation>
    </message>
    <message numerus="yes">
        <source>Scans: %n file(s)</source>
        <translation>
            <numerusform>扫描件：%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::ScanInspector</name>
    <message>
        <source>%1 is damaged or not a readable PDF; it was not attached.</source>
        <translation>%1 已损坏或不是可读取的 PDF；未附加。</translation>
    </message>
    <message>
        <source>%1 is protected by a password; attach a copy without one.</source>
        <translation>%1 设有密码保护；请附加不带密码的副本。</translation>
    </message>
    <message>
        <source>%1 is damaged or not a readable PDF (no page could be read); it was not attached.</source>
        <translation>%1 已损坏或不是可读取的 PDF（无法读取任何页面）；未附加。</translation>
    </message>
    <message>
        <source>%1 has %2 pages; at most %3 can be attached as one file.</source>
        <translation>%1 有 %2 页；单个文件最多附加 %3 页。</translation>
    </message>
    <message>
        <source>The first page of %1 cannot be drawn: the PDF is damaged; it was not attached.</source>
        <translation>%1 的第一页无法绘制：该 PDF 已损坏；未附加。</translation>
    </message>
    <message>
        <source>%1 is a damaged or unreadable image; it was not attached.</source>
        <translation>%1 是已损坏或无法读取的图像；未附加。</translation>
    </message>
    <message>
        <source>The image cannot be read.</source>
        <translation>无法读取该图像。</translation>
    </message>
    <message>
        <source>The PDF is damaged, empty or protected by a password.</source>
        <translation>该 PDF 已损坏、为空或设有密码保护。</translation>
    </message>
    <message>
        <source>Page %1 of the PDF cannot be drawn.</source>
        <translation>该 PDF 的第 %1 页无法绘制。</translation>
    </message>
</context>
<context>
    <name>ow::ScanService</name>
    <message>
        <source>%1 was not read as a %2 file; it was not attached.</source>
        <translation>%1 未按 %2 文件读取；未附加。</translation>
    </message>
    <message>
        <source>Cannot read which cases use a scan from %1: %2</source>
        <translation>无法从 %1 读取哪些办件使用了该扫描件：%2</translation>
    </message>
    <message>
        <source>The scan %1 has no thumbnail.</source>
        <translation>扫描件 %1 没有缩略图。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a case number.</source>
        <translation>“%1”不是办件编号。</translation>
    </message>
    <message>
        <source>There is no case %1 in this database.</source>
        <translation>本数据库中没有办件 %1。</translation>
    </message>
    <message>
        <source>Scan of %1 in case %2: %3</source>
        <translation>办件 %2 中 %1 的扫描件：%3</translation>
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
    <message>
        <source>Clear the search</source>
        <translation>清空搜索</translation>
    </message>
    <message>
        <source>Empties the search box (Esc does the same).</source>
        <translation>清空搜索框（Esc 键同）。</translation>
    </message>
    <message>
        <source>Search: Chinese, pinyin or code (Ctrl+K)</source>
        <translation>搜索：汉字、拼音或编码（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search items (Ctrl+K)</source>
        <translation>搜索事项（Ctrl+K）</translation>
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
    <name>ow::SecureFileStore</name>
    <message>
        <source>Cannot create the folder %1 for the encrypted files: %2</source>
        <translation>无法创建存放加密文件的文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Cannot store encrypted files in %1: it is not a folder.</source>
        <translation>无法在 %1 中存放加密文件：它不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot open the folder %1 to flush it to disk: %2</source>
        <translation>无法打开文件夹 %1 以同步到磁盘：%2</translation>
    </message>
    <message>
        <source>Cannot flush the folder %1 to disk: %2</source>
        <translation>无法将文件夹 %1 同步到磁盘：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a file in %2: names are the 64 lowercase hexadecimal characters of a SHA-256. Nothing was read or changed.</source>
        <translation>“%1”不是 %2 中的文件名：文件名应为 SHA-256 值的 64 位小写十六进制字符。未读取或修改任何内容。</translation>
    </message>
    <message>
        <source>No folder was given for the encrypted files.</source>
        <translation>未指定存放加密文件的文件夹。</translation>
    </message>
    <message>
        <source>The cryptography library libsodium could not be initialised, so the encrypted files in %1 cannot be used.</source>
        <translation>加密库 libsodium 无法初始化，因此无法使用 %1 中的加密文件。</translation>
    </message>
    <message>
        <source>The key for the encrypted files in %1 has %2 bytes instead of %3; nothing was read or written.</source>
        <translation>%1 中加密文件的密钥为 %2 字节，而不是 %3 字节；未读取或写入任何内容。</translation>
    </message>
    <message>
        <source>The content is already stored, but the stored copy does not read back, so it was not overwritten: %1 Remove that file to store the content again.</source>
        <translation>该内容已存储，但已存储的副本无法读回，因此未将其覆盖：%1 删除该文件后可重新存储该内容。</translation>
    </message>
    <message>
        <source>Cannot write an encrypted file in the folder %1: %2</source>
        <translation>无法在文件夹 %1 中写入加密文件：%2</translation>
    </message>
    <message>
        <source>Cannot write the encrypted file %1 in the folder %2: %3</source>
        <translation>无法在文件夹 %2 中写入加密文件 %1：%3</translation>
    </message>
    <message>
        <source>No encrypted file %1 is stored.</source>
        <translation>未存储加密文件 %1。</translation>
    </message>
    <message>
        <source>Cannot read the encrypted file %1: %2</source>
        <translation>无法读取加密文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an encrypted OneWindow file (its header is wrong). It was left unchanged.</source>
        <translation>%1 不是一窗通加密文件（文件头错误）。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The encrypted file %1 is truncated (%2 bytes). It was left unchanged.</source>
        <translation>加密文件 %1 已被截断（%2 字节）。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The encrypted file %1 failed its integrity check: it was altered or truncated, or it was encrypted with another key. It was left unchanged.</source>
        <translation>加密文件 %1 未通过完整性校验：它已被修改或截断，或是用其他密钥加密的。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The encrypted file %1 holds content whose SHA-256 is %2, not its name: it was renamed or replaced. It was left unchanged.</source>
        <translation>加密文件 %1 中内容的 SHA-256 为 %2，与文件名不符：该文件已被重命名或替换。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot remove the encrypted file %1: %2</source>
        <translation>无法删除加密文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ow::SetupDialog</name>
    <message>
        <source>First start — set up this workstation</source>
        <translation>首次启动 — 设置本工作站</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>首次启动</translation>
    </message>
    <message>
        <source>This database is new. Enter the hall this workstation belongs to, its window number, and the administrator account. There is no default password.</source>
        <translation>这是一个新数据库。请输入本工作站所属的大厅、窗口号和系统管理员账户。系统不设默认密码。</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Center code</source>
        <translation>中心编码</translation>
    </message>
    <message>
        <source>e.g. XC01: capital letters and digits</source>
        <translation>例如：XC01（大写字母和数字）</translation>
    </message>
    <message>
        <source>&amp;Center code:</source>
        <translation>中心编码(&amp;C)：</translation>
    </message>
    <message>
        <source>Center name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <source>e.g. 薛城区政务服务中心</source>
        <translation>例如：薛城区政务服务中心</translation>
    </message>
    <message>
        <source>Center &amp;name:</source>
        <translation>中心名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Window number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <source>&amp;Window number:</source>
        <translation>窗口号(&amp;W)：</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>系统管理员用户名</translation>
    </message>
    <message>
        <source>e.g. admin.wang</source>
        <translation>例如：admin.wang</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>系统管理员(&amp;A)：</translation>
    </message>
    <message>
        <source>Administrator display name</source>
        <translation>系统管理员显示名称</translation>
    </message>
    <message>
        <source>e.g. 王伟</source>
        <translation>例如：王伟</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>密码规则</translation>
    </message>
    <message>
        <source>Setup message</source>
        <translation>设置提示</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ow::ShiftClosePanel</name>
    <message>
        <source>Hand over and &amp;sign out</source>
        <translation>交班并退出(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel, keep working</source>
        <translation>取消，继续办理(&amp;C)</translation>
    </message>
    <message>
        <source>Shift close (交班)</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Shift close: what you leave for the next shift</source>
        <translation>交班：留给下一班的事项</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概述</translation>
    </message>
    <message>
        <source>What is left could not be read: %1 You can still sign out.</source>
        <translation>无法读取遗留事项：%1 仍可退出。</translation>
    </message>
    <message>
        <source>Nothing is left behind: every case is in the central store and nothing waits for you.</source>
        <translation>没有遗留事项：所有办件都已进入中心库，没有待办。</translation>
    </message>
    <message>
        <source>This is what you leave for the next shift. It stays on this workstation and is recorded with your hand-over.</source>
        <translation>以下是留给下一班的事项。它们保留在本工作站，并随交班一并记录。</translation>
    </message>
    <message>
        <source>Last successful sync: %1.</source>
        <translation>上次成功同步：%1。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — 期限 %2</translation>
    </message>
    <message>
        <source>%1 — %2 at %3</source>
        <translation>%1 — %2，%3 打印</translation>
    </message>
    <message>
        <source>Cases not yet in the central store: %1</source>
        <translation>尚未进入中心库的办件：%1</translation>
    </message>
    <message>
        <source>Every case is in the central store.</source>
        <translation>所有办件都已进入中心库。</translation>
    </message>
    <message>
        <source>Receipts and notices printed since the last sync: %1</source>
        <translation>上次同步后打印的回执和通知书：%1</translation>
    </message>
    <message>
        <source>Nothing printed since the last sync.</source>
        <translation>上次同步后没有打印。</translation>
    </message>
    <message>
        <source>补正 deadlines running (waiting for the applicant): %1</source>
        <translation>补正期限进行中（等待申请人）：%1</translation>
    </message>
    <message>
        <source>No 补正 is waiting.</source>
        <translation>没有等待中的补正。</translation>
    </message>
    <message>
        <source>Rectifications (整改) due: %1</source>
        <translation>待办整改：%1</translation>
    </message>
    <message>
        <source>No rectification is open.</source>
        <translation>没有未结的整改。</translation>
    </message>
    <message>
        <source>Changes of this workstation not yet sent: %1</source>
        <translation>本工作站尚未上传的更改：%1</translation>
    </message>
    <message>
        <source>Hand over and sign out</source>
        <translation>交班并退出</translation>
    </message>
    <message>
        <source>Cancel and keep working</source>
        <translation>取消并继续办理</translation>
    </message>
</context>
<context>
    <name>ow::ShiftHandover</name>
    <message>
        <source>Cannot read what is left for the next shift: %1</source>
        <translation>无法读取留给下一班的事项：%1</translation>
    </message>
    <message>
        <source>Cases not yet in the central store: %1</source>
        <translation>尚未进入中心库的办件：%1</translation>
    </message>
    <message>
        <source>Supplements (补正) waiting for the applicant: %1</source>
        <translation>等待申请人补正的办件：%1</translation>
    </message>
    <message>
        <source>Changes of this workstation not yet sent: %1</source>
        <translation>本工作站尚未上传的更改：%1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>上次成功同步：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Rectifications (整改) still open: %1</source>
        <translation>未结整改：%1</translation>
    </message>
    <message>
        <source>Receipts and notices printed since the last sync: %1</source>
        <translation>上次同步后打印的回执和通知书：%1</translation>
    </message>
</context>
<context>
    <name>ow::ShortcutSheet</name>
    <message>
        <source>Keys (F1)</source>
        <translation>快捷键 (F1)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键一览(&amp;K)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键一览</translation>
    </message>
    <message>
        <source>Keys and what they do</source>
        <translation>按键及其作用</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>what the key does (where)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Lists and forms</source>
        <translation>列表和表单</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>下一项 / 上一项</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+带下划线的字母</translation>
    </message>
    <message>
        <source>The field or button with that letter</source>
        <translation>带该字母的输入项或按钮</translation>
    </message>
    <message>
        <source>↑ ↓ Enter</source>
        <translation>↑ ↓ Enter</translation>
    </message>
    <message>
        <source>Choose in a list; Enter opens</source>
        <translation>在列表中选择；Enter 打开</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>Checklist: received / missing / waived</source>
        <translation>材料清单：已收 / 缺 / 免提交</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Intake: remove the chosen item</source>
        <translation>收件：移除所选事项</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Search: clear and go back to the navigator</source>
        <translation>搜索：清空并返回导航</translation>
    </message>
    <message>
        <source>Every key of the screen on show, read from its actions; F1 closes the sheet.</source>
        <translation>当前界面的全部快捷键，取自其操作；按 F1 关闭。</translation>
    </message>
    <message>
        <source>1 … 5, Enter, Esc</source>
        <translation>1 … 5、回车、Esc</translation>
    </message>
    <message>
        <source>Spoken rating (accessibility mode, F9): the applicant&apos;s answer, record it, cancel</source>
        <translation>口述评价（无障碍模式，F9）：申请人的答案、记录、取消</translation>
    </message>
</context>
<context>
    <name>ow::SignInDialog</name>
    <message>
        <source>Sign in — OneWindow</source>
        <translation>登录 — 一窗通</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Hall and window</source>
        <translation>大厅和窗口</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>登录提示</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Sign in to the counter with your user name and password.</source>
        <translation>用用户名和密码登录窗口系统。</translation>
    </message>
    <message>
        <source>The hall and window this workstation serves.</source>
        <translation>本工作站所属的大厅和窗口。</translation>
    </message>
    <message>
        <source>Your sign-in name at this hall.</source>
        <translation>您在本中心的登录名。</translation>
    </message>
    <message>
        <source>Your password; five wrong passwords lock the account for a while.</source>
        <translation>您的密码；连续输错五次将暂时锁定账号。</translation>
    </message>
    <message>
        <source>Why the last sign-in failed.</source>
        <translation>上次登录失败的原因。</translation>
    </message>
    <message>
        <source>Signs in with the user name and password above.</source>
        <translation>用上方的用户名和密码登录。</translation>
    </message>
    <message>
        <source>Closes the program without signing in.</source>
        <translation>不登录，关闭程序。</translation>
    </message>
</context>
<context>
    <name>ow::SignatureField</name>
    <message>
        <source>&amp;Clear signature</source>
        <translation>清除签名(&amp;C)</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>撤销一笔</translation>
    </message>
    <message>
        <source>Signature of the applicant or agent</source>
        <translation>申请人或代办人签名</translation>
    </message>
    <message>
        <source>Signature of the applicant (or of the agent acting for them):</source>
        <translation>申请人签名（或代其办理的代办人签名）：</translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation>清除签名</translation>
    </message>
    <message>
        <source>Undo the last stroke</source>
        <translation>撤销最后一笔</translation>
    </message>
    <message>
        <source>Undo the last stroke (Alt+Z)</source>
        <translation>撤销最后一笔（Alt+Z）</translation>
    </message>
    <message>
        <source>Signature state</source>
        <translation>签名状态</translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation>尚未签名。</translation>
    </message>
    <message numerus="yes">
        <source>Signed (%n stroke(s)); kept with the case.</source>
        <translation>
            <numerusform>已签名（%n 笔），随办件保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wipes the pad so the signer can sign again.</source>
        <translation>清空签名板，以便重新签名。</translation>
    </message>
    <message>
        <source>Takes back the last stroke drawn (Alt+Z).</source>
        <translation>撤销最后一笔（Alt+Z）。</translation>
    </message>
</context>
<context>
    <name>ow::SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <source>The applicant signs here with a pen, a finger or the mouse; a signature pad works the same way.</source>
        <translation>申请人在此用笔、手指或鼠标签名；签名板的用法相同。</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>ow::SpeechEngine</name>
    <message>
        <source>No speech engine is installed on this computer (Qt TextToSpeech found none): reading aloud is not available.</source>
        <translation>本机未安装语音引擎（Qt TextToSpeech 未找到）：无法朗读。</translation>
    </message>
    <message>
        <source>The speech engine does not answer (is the speech service running?): reading aloud is not available.</source>
        <translation>语音引擎无响应（语音服务是否已启动？）：无法朗读。</translation>
    </message>
</context>
<context>
    <name>ow::SpokenRatingPanel</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>&amp;Record (Enter)</source>
        <translation>记录（回车）(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>Spoken rating of case %1</source>
        <translation>办件 %1 的口述评价</translation>
    </message>
    <message>
        <source>The applicant&apos;s own rating, said aloud: keys 1 to 5 choose the answer they say, Enter records it, Esc cancels.</source>
        <translation>申请人亲口说出的评价：按 1 至 5 选择其所说的答案，回车记录，Esc 取消。</translation>
    </message>
    <message>
        <source>Case %1: how was our service?</source>
        <translation>办件 %1：您对我们的服务满意吗？</translation>
    </message>
    <message>
        <source>For an applicant who cannot use the customer window. Read the question (it is read aloud when a speech engine exists), let the applicant answer and press the number they say. Only the applicant rates: the helper never chooses for them, and outside the accessibility mode there is no such command.</source>
        <translation>供无法使用评价窗口的申请人使用。请宣读问题（有语音引擎时自动朗读），由申请人回答，再按下其所说的数字。评价只能由申请人作出：帮办人员不得代为选择；无障碍模式以外没有此功能。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Key %1: the applicant said &quot;%2&quot;.</source>
        <translation>按键 %1：申请人说“%2”。</translation>
    </message>
    <message>
        <source>No answer chosen yet: press 1 to 5.</source>
        <translation>尚未选择答案：请按 1 至 5。</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Records the answer chosen as the applicant&apos;s rating (channel: spoken); a case is rated once.</source>
        <translation>将所选答案记录为申请人的评价（渠道：口述）；每件只评价一次。</translation>
    </message>
    <message>
        <source>Closes the panel without recording anything.</source>
        <translation>关闭本面板，不作任何记录。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Case %1. How satisfied are you with our service? Please answer with a number: %2.</source>
        <translation>办件 %1。您对我们的服务满意吗？请说一个数字：%2。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Not read aloud (%1): read the question and the answers to the applicant yourself.</source>
        <translation>未能朗读（%1）：请您向申请人宣读问题和答案。</translation>
    </message>
    <message>
        <source>Chosen: %1 — %2. Enter records it; another number changes it.</source>
        <translation>已选择：%1 — %2。按回车记录；按其他数字可更改。</translation>
    </message>
    <message>
        <source>%1, %2. Is that right?</source>
        <translation>%1，%2。对吗？</translation>
    </message>
    <message>
        <source>Press 1 to 5 first: the number the applicant says.</source>
        <translation>请先按 1 至 5：申请人所说的数字。</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Recorded: %1 — %2 (spoken). The hall&apos;s supervisor will call the applicant back; the rectification is due on %3.</source>
        <translation>已记录：%1 — %2（口述）。大厅负责人将回访申请人；整改期限为 %3。</translation>
    </message>
    <message>
        <source>Thank you. We are sorry; the hall&apos;s supervisor will call you back.</source>
        <translation>谢谢。非常抱歉，大厅负责人将回访您。</translation>
    </message>
    <message>
        <source>Recorded: %1 — %2 (spoken). Thank you.</source>
        <translation>已记录：%1 — %2（口述）。谢谢。</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>感谢您的评价。</translation>
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
    <message>
        <source>Sign in as this user without the sign-in window; the password comes from ONEWINDOW_PASSWORD (for kiosks, tests and benchmarks).</source>
        <translation>不显示登录窗口，直接以该用户登录；密码取自 ONEWINDOW_PASSWORD（用于自助终端、测试和性能测试）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Language of the screens: zh_CN (default) or en; without it, the one chosen in File &gt; Language.</source>
        <translation>界面语言：zh_CN（默认）或 en；未指定时使用“文件 &gt; 语言”中所选的语言。</translation>
    </message>
</context>
<context>
    <name>ow::SyncConflicts</name>
    <message>
        <source>Cannot read the sync conflicts: %1</source>
        <translation>无法读取同步冲突：%1</translation>
    </message>
    <message>
        <source>Write a note on what was done about the conflict (for example: checked with the applicant, the kept version is right).</source>
        <translation>请填写对该冲突的处理说明（例如：已与申请人核实，保留的版本正确）。</translation>
    </message>
    <message>
        <source>The note has %1 characters; at most 2000 are kept.</source>
        <translation>说明有 %1 个字，最多 2000 个字。</translation>
    </message>
    <message>
        <source>Cannot read the sync conflict: %1</source>
        <translation>无法读取该同步冲突：%1</translation>
    </message>
    <message>
        <source>There is no sync conflict %1 (a later sync may have removed it).</source>
        <translation>没有同步冲突 %1（可能已被之后的同步移除）。</translation>
    </message>
    <message>
        <source>The conflict was already reviewed by %1.</source>
        <translation>该冲突已由 %1 审阅。</translation>
    </message>
    <message>
        <source>Cannot record the review: %1</source>
        <translation>无法记录审阅：%1</translation>
    </message>
</context>
<context>
    <name>ow::SyncConflictsView</name>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Case item</source>
        <translation>办件事项</translation>
    </message>
    <message>
        <source>Case material</source>
        <translation>办件材料</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Show &amp;reviewed ones too</source>
        <translation>同时显示已审阅的(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;unmasked (recorded)</source>
        <translation>显示完整信息（将被记录）(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed</source>
        <translation>标记为已审阅(&amp;M)</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <source>Edits made at two windows to the same record: the central store kept the version that arrived first; the other one is shown beside it. Check them and mark each one reviewed with a note.</source>
        <translation>两个窗口修改了同一条记录：中心库保留了先到达的版本，另一个版本显示在旁边。请逐条核对，并填写说明后标记为已审阅。</translation>
    </message>
    <message>
        <source>What this screen shows</source>
        <translation>本页面说明</translation>
    </message>
    <message>
        <source>Show reviewed conflicts too</source>
        <translation>同时显示已审阅的冲突</translation>
    </message>
    <message>
        <source>Conflicts and the chosen one&apos;s versions</source>
        <translation>冲突列表及所选冲突的两个版本</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Lost at workstation</source>
        <translation>未被采用的工作站</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>The chosen conflict</source>
        <translation>所选冲突</translation>
    </message>
    <message>
        <source>Chosen conflict</source>
        <translation>所选冲突</translation>
    </message>
    <message>
        <source>Both versions, field by field</source>
        <translation>两个版本逐项对照</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kept by the central store</source>
        <translation>中心库保留的版本</translation>
    </message>
    <message>
        <source>Lost (arrived later)</source>
        <translation>未采用的版本（后到达）</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <source>&amp;Note on the review:</source>
        <translation>审阅说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Note on the review</source>
        <translation>审阅说明</translation>
    </message>
    <message>
        <source>Show the personal data unmasked; the look is recorded</source>
        <translation>显示完整的个人信息；查看将被记录</translation>
    </message>
    <message>
        <source>Mark the conflict reviewed with the note</source>
        <translation>填写说明并标记为已审阅</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未审阅</translation>
    </message>
    <message>
        <source>There are no sync conflicts.</source>
        <translation>没有同步冲突。</translation>
    </message>
    <message>
        <source>No sync conflict waits for a review.</source>
        <translation>没有待审阅的同步冲突。</translation>
    </message>
    <message>
        <source>Choose a conflict in the list.</source>
        <translation>请在列表中选择一个冲突。</translation>
    </message>
    <message>
        <source>%1 %2, decided %3</source>
        <translation>%1 %2，%3 裁定</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2: %3</source>
        <translation>%1 于 %2 审阅：%3</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>尚未审阅。</translation>
    </message>
    <message>
        <source>The personal data is shown in full; the look was recorded in the audit log.</source>
        <translation>已显示完整个人信息；本次查看已记入审计日志。</translation>
    </message>
    <message>
        <source>Conflict marked reviewed.</source>
        <translation>冲突已标记为已审阅。</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Applicant&apos;s ID number</source>
        <translation>申请人证件号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代办人</translation>
    </message>
    <message>
        <source>Agent&apos;s phone</source>
        <translation>代办人电话</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — differs</source>
        <translation>%1 — 不同</translation>
    </message>
</context>
<context>
    <name>ow::SyncEngine</name>
    <message>
        <source>statement %1 failed on purpose (fault injection)</source>
        <translation>第 %1 条语句按测试要求失败（故障注入）</translation>
    </message>
    <message>
        <source>the answer to statement %1 was lost on purpose (fault injection)</source>
        <translation>第 %1 条语句的应答按测试要求丢失（故障注入）</translation>
    </message>
    <message>
        <source>Cannot read the sync state of %1: %2</source>
        <translation>无法读取 %1 的同步状态：%2</translation>
    </message>
    <message>
        <source>This workstation has no hall yet: set it up first (owctl init --center CODE …).</source>
        <translation>本工作站尚未设置大厅：请先设置（owctl init --center 编码 …）。</translation>
    </message>
    <message>
        <source>The central store has no OneWindow schema (or an older one): run &apos;owctl central init&apos; against it first.</source>
        <translation>中心库中没有一窗通的结构（或版本较旧）：请先对其运行“owctl central init”。</translation>
    </message>
    <message>
        <source>The central store refused this workstation: %1</source>
        <translation>中心库拒绝了本工作站：%1</translation>
    </message>
    <message>
        <source>The central store speaks sync protocol %1, this OneWindow speaks %2: update the older side first. Nothing was sent.</source>
        <translation>中心库使用同步协议 %1，本一窗通使用 %2：请先升级较旧的一方。未发送任何内容。</translation>
    </message>
    <message>
        <source>The central store has schema version %1, this OneWindow knows up to %2: update OneWindow. Nothing was sent.</source>
        <translation>中心库的结构版本为 %1，本一窗通只认识到 %2：请升级一窗通。未发送任何内容。</translation>
    </message>
    <message>
        <source>The login %1 is not a hall&apos;s login in the central store (owctl central add-center creates one).</source>
        <translation>登录名 %1 不是中心库中某个大厅的登录名（可用 owctl central add-center 创建）。</translation>
    </message>
    <message>
        <source>This workstation belongs to hall %1, but the central login is hall %2&apos;s. Nothing was sent.</source>
        <translation>本工作站属于大厅 %1，但中心库登录名属于大厅 %2。未发送任何内容。</translation>
    </message>
    <message>
        <source>Cannot read the outbox: %1</source>
        <translation>无法读取待上传队列：%1</translation>
    </message>
    <message>
        <source>The central store did not take the changes: %1</source>
        <translation>中心库未接收这些更改：%1</translation>
    </message>
    <message>
        <source>Cannot clear the outbox: %1</source>
        <translation>无法清理待上传队列：%1</translation>
    </message>
    <message>
        <source>Cannot store a row of %1 from the central store: %2</source>
        <translation>无法保存中心库发来的 %1 记录：%2</translation>
    </message>
    <message>
        <source>Cannot read the changes from the central store: %1</source>
        <translation>无法读取中心库的更改：%1</translation>
    </message>
    <message>
        <source>Cannot store the changes from the central store: %1</source>
        <translation>无法保存中心库的更改：%1</translation>
    </message>
    <message>
        <source>Cannot record the sync: %1</source>
        <translation>无法记录本次同步：%1</translation>
    </message>
    <message>
        <source>Cannot store the central address in %1: %2</source>
        <translation>无法在 %1 中保存中心库地址：%2</translation>
    </message>
    <message>
        <source>Cannot start a full resync: %1</source>
        <translation>无法开始完整重新同步：%1</translation>
    </message>
    <message>
        <source>Cannot compare the row counts with the central store: %1</source>
        <translation>无法与中心库核对记录数：%1</translation>
    </message>
    <message>
        <source>Cannot count the rows here: %1</source>
        <translation>无法统计本机记录数：%1</translation>
    </message>
    <message>
        <source>Cannot finish the full resync: %1</source>
        <translation>无法完成完整重新同步：%1</translation>
    </message>
    <message>
        <source>The central store sent a malformed key for %1: %2</source>
        <translation>中心库发来的 %1 行键格式不对：%2</translation>
    </message>
    <message>
        <source>the central store took %1 of the %2 rows sent</source>
        <translation>中心库只接收了发送的 %2 行中的 %1 行</translation>
    </message>
    <message>
        <source>The central store has schema version %1, this OneWindow needs %2: run &apos;owctl central init&apos; against it (it upgrades the store). Nothing was sent.</source>
        <translation>中心库的数据结构版本是 %1，本一窗通需要 %2：请先对中心库运行“owctl central init”（它会升级中心库）。未发送任何内容。</translation>
    </message>
    <message>
        <source>No central store to connect to.</source>
        <translation>没有可连接的中心库。</translation>
    </message>
</context>
<context>
    <name>ow::SyncOutbox</name>
    <message>
        <source>Cannot read the synced tables of %1: %2</source>
        <translation>无法读取 %1 的同步表清单：%2</translation>
    </message>
    <message>
        <source>Cannot read the columns of %1: %2</source>
        <translation>无法读取 %1 的列：%2</translation>
    </message>
    <message>
        <source>The synced table %1 does not exist in %2.</source>
        <translation>同步表 %1 在 %2 中不存在。</translation>
    </message>
    <message>
        <source>Cannot set up the sync outbox of %1: %2</source>
        <translation>无法设置 %1 的待上传队列：%2</translation>
    </message>
</context>
<context>
    <name>ow::SyncPayload</name>
    <message>
        <source>The central store&apos;s answer to %1 is not JSON (%2 at byte %3).</source>
        <translation>中心库对 %1 的应答不是 JSON（第 %3 字节处：%2）。</translation>
    </message>
    <message>
        <source>The central store&apos;s answer to %1 is not a JSON object.</source>
        <translation>中心库对 %1 的应答不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The central store&apos;s greeting has no protocol or schema version.</source>
        <translation>中心库的握手应答缺少协议版本或架构版本。</translation>
    </message>
    <message>
        <source>The central store&apos;s greeting names its hall with something other than text.</source>
        <translation>中心库的握手应答中的大厅代码不是文本。</translation>
    </message>
    <message>
        <source>The central store&apos;s answer to pushed changes has a bad conflict count.</source>
        <translation>中心库对已推送变更的应答中冲突数无效。</translation>
    </message>
    <message>
        <source>The central store&apos;s page of changes has no list of rows.</source>
        <translation>中心库发来的变更页没有行列表。</translation>
    </message>
    <message>
        <source>Row %1 of the central store&apos;s page of changes %2.</source>
        <translation>中心库发来的变更页第 %1 行%2。</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>names no table</source>
        <translation>没有表名</translation>
    </message>
    <message>
        <source>has no row key</source>
        <translation>没有行键</translation>
    </message>
    <message numerus="yes">
        <source>The row key %1 is not a list of %n value(s).</source>
        <translation>
            <numerusform>行键 %1 不是由 %n 个值组成的列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>The row key %1 holds a list or an object.</source>
        <translation>行键 %1 含有列表或对象。</translation>
    </message>
    <message>
        <source>The central store&apos;s answer to %1 has no whole number &quot;%2&quot;.</source>
        <translation>中心库对 %1 的应答缺少整数“%2”。</translation>
    </message>
    <message>
        <source>The central store&apos;s greeting says whether there is anything new with something other than true or false.</source>
        <translation>中心库的握手应答中“是否有新变更”不是真或假。</translation>
    </message>
    <message>
        <source>The central store&apos;s page of changes sends %1 rows but read only %2.</source>
        <translation>中心库的变更页发来 %1 行，却只读取了 %2 行。</translation>
    </message>
    <message>
        <source>The central store&apos;s page of changes has no cursor (xid and seq) after the rows it read.</source>
        <translation>中心库的变更页读取了行，却没有随后的游标（xid 和 seq）。</translation>
    </message>
    <message>
        <source>has no data (an object, or null for a deleted row)</source>
        <translation>没有数据（应为对象，已删除的行为 null）</translation>
    </message>
    <message>
        <source>The central store sent a malformed count check: %1.</source>
        <translation>中心库发来的行数核对格式不对：%1。</translation>
    </message>
    <message>
        <source>the counts are not an object</source>
        <translation>行数不是对象</translation>
    </message>
    <message>
        <source>the count of %1 is not a whole number</source>
        <translation>%1 的行数不是整数</translation>
    </message>
    <message>
        <source>the case columns are not an object</source>
        <translation>案件列不是对象</translation>
    </message>
    <message>
        <source>the case column of %1 is not a name</source>
        <translation>%1 的案件列不是列名</translation>
    </message>
    <message>
        <source>the closed statuses are not a list</source>
        <translation>已办结状态不是列表</translation>
    </message>
    <message>
        <source>a closed status is not text</source>
        <translation>某个已办结状态不是文本</translation>
    </message>
    <message>
        <source>the cutoff is not a date (YYYY-MM-DD)</source>
        <translation>截止日期不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>whether the log moved is not true or false</source>
        <translation>“日志是否有变动”不是真或假</translation>
    </message>
</context>
<context>
    <name>ow::SyncStatusWidget</name>
    <message>
        <source>Sync with the central store</source>
        <translation>与中心库同步</translation>
    </message>
    <message>
        <source>Sync: starting…</source>
        <translation>同步：正在启动…</translation>
    </message>
    <message>
        <source>Central store: not set up</source>
        <translation>中心库：未设置</translation>
    </message>
    <message>
        <source>This workstation keeps its cases locally. Set up the central store with owctl sync --central URL.</source>
        <translation>本工作站的办件保存在本地。请用 owctl sync --central 地址 设置中心库。</translation>
    </message>
    <message numerus="yes">
        <source>Online · %n change(s) to send</source>
        <translation>
            <numerusform>在线 · 待上传 %n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: sent %1, received %2.</source>
        <translation>上次同步：上传 %1，下载 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) to send</source>
        <translation>
            <numerusform>离线 · 待上传 %n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>· last success %1</source>
        <translation>· 上次成功 %1</translation>
    </message>
    <message>
        <source>Changes sent to the central store</source>
        <translation>已上传到中心库的更改</translation>
    </message>
    <message numerus="yes">
        <source>%n overlapping edit(s) were decided by the central store; a supervisor finds them under Manage › Sync conflicts.</source>
        <translation>
            <numerusform>中心库裁定了 %n 处重叠修改；主管可在“管理 › 同步冲突”中查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>The last sync failed: %1 Work goes on here; it is sent when the store can be reached again (retried automatically).</source>
        <translation>上次同步失败：%1 本机可继续办理；连上中心库后会自动上传（系统会自动重试）。</translation>
    </message>
    <message>
        <source>Sending %1 of %2</source>
        <translation>正在上传 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>· %n publication(s) refused</source>
        <translation>
            <numerusform>· %n 项发布被拒收</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused publications of the central store (the rest was applied; a corrected publication is applied on its arrival): %1</source>
        <translation>被拒收的中心库发布（其余已应用；更正后的发布到达时即应用）：%1</translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %n row(s) so far</source>
        <translation>
            <numerusform>正在接收：已收到 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::UserRepository</name>
    <message>
        <source>Cannot %1 in %2: %3</source>
        <translation>无法在 %2 中%1：%3</translation>
    </message>
    <message>
        <source>Cannot read the hall setup from %1: %2</source>
        <translation>无法从 %1 读取大厅设置：%2</translation>
    </message>
    <message>
        <source>record the hall</source>
        <translation>记录大厅信息</translation>
    </message>
    <message>
        <source>record this workstation</source>
        <translation>记录本工作站信息</translation>
    </message>
    <message>
        <source>change the idle lock</source>
        <translation>更改无操作锁屏时间</translation>
    </message>
    <message>
        <source>Cannot read the user accounts from %1: %2</source>
        <translation>无法从 %1 读取用户账户：%2</translation>
    </message>
    <message>
        <source>add the user %1</source>
        <translation>添加用户 %1</translation>
    </message>
    <message>
        <source>record a failed sign-in</source>
        <translation>记录登录失败</translation>
    </message>
    <message>
        <source>record a sign-in</source>
        <translation>记录登录</translation>
    </message>
    <message>
        <source>change the password of %1</source>
        <translation>更改 %1 的密码</translation>
    </message>
    <message>
        <source>change the account %1</source>
        <translation>更改账户 %1</translation>
    </message>
    <message>
        <source>Cannot read the settings of %1 from %2: %3</source>
        <translation>无法从 %2 读取 %1 的设置：%3</translation>
    </message>
    <message>
        <source>save the settings of %1</source>
        <translation>保存 %1 的设置</translation>
    </message>
</context>
<context>
    <name>ow::UsersDialog</name>
    <message>
        <source>Password rules</source>
        <translation>密码规则</translation>
    </message>
    <message>
        <source>Form message</source>
        <translation>表单提示</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <source>Choose a user first.</source>
        <translation>请先选择一个用户。</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>已为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 已解锁。</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 已重新启用。</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>%1 的新密码</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>The hall&apos;s user accounts with role and state; select one for the buttons below.</source>
        <translation>本中心的用户账号及其角色和状态；选中一个后可用下方按钮。</translation>
    </message>
    <message>
        <source>Adds the user described in the form with the password given.</source>
        <translation>按表中信息和所给密码添加用户。</translation>
    </message>
    <message>
        <source>Sets a new password for the selected user.</source>
        <translation>为选中的用户设置新密码。</translation>
    </message>
    <message>
        <source>Lifts the lock of the selected user after wrong passwords.</source>
        <translation>解除选中用户因密码错误而被锁定的状态。</translation>
    </message>
    <message>
        <source>The selected user can no longer sign in; their records stay.</source>
        <translation>选中的用户不能再登录，其记录保留。</translation>
    </message>
    <message>
        <source>The selected user can sign in again.</source>
        <translation>选中的用户可以重新登录。</translation>
    </message>
    <message>
        <source>Closes the user accounts.</source>
        <translation>关闭用户账号管理。</translation>
    </message>
</context>
<context>
    <name>ow::UsersModel</name>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ow::WorkCalendar</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or empty</source>
        <translation>字段“%1”缺失或为空</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing or not a list</source>
        <translation>字段“%1”缺失或不是列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>%1 is not a real date</source>
        <translation>%1 不是存在的日期</translation>
    </message>
    <message>
        <source>%1 lies outside the year %2</source>
        <translation>%1 不在 %2 年内</translation>
    </message>
    <message>
        <source>not an object with a name and days</source>
        <translation>不是含名称和日期的对象</translation>
    </message>
    <message>
        <source>%1 lists no days</source>
        <translation>%1 没有列出任何日期</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 重复列出</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1：第 %2 字节处不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>%1: the calendar must be a JSON object</source>
        <translation>%1：日历必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>field &quot;years&quot; lists no year</source>
        <translation>字段“years”没有列出任何年份</translation>
    </message>
    <message>
        <source>field &quot;year&quot; is missing or not a year from 1 to 9999</source>
        <translation>字段“year”缺失或不是 1 到 9999 之间的年份</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>the year is listed twice</source>
        <translation>该年份重复列出</translation>
    </message>
    <message>
        <source>%1 is both a holiday (%2) and a make-up workday (%3)</source>
        <translation>%1 既是节假日（%2）又是调休工作日（%3）</translation>
    </message>
    <message>
        <source>make-up workday %1 is a %2; make-up workdays fall on a Saturday or Sunday</source>
        <translation>调休工作日 %1 是%2；调休工作日应在星期六或星期日</translation>
    </message>
</context>
</TS>
