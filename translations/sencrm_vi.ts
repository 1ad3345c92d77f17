<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>An individual, not a company</source>
        <translation>Khách hàng cá nhân, không phải doanh nghiệp</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Điện th&amp;oại</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Ngành nghề</translation>
    </message>
    <message>
        <source>e.g. senvang.vn</source>
        <translation>ví dụ senvang.vn</translation>
    </message>
</context>
<context>
    <name>AccountField</name>
    <message>
        <source>Choose the account from the list that opens as you type; no account is named “%1”.</source>
        <translation>Hãy chọn khách hàng trong danh sách hiện ra khi gõ; không có khách hàng nào tên “%1”.</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <source>Contacts</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ngày dự kiến chốt</translation>
    </message>
    <message>
        <source>Choose an account in the list to see it here, or add one with File → New account.</source>
        <translation>Chọn một khách hàng trong danh sách để xem ở đây, hoặc thêm mới bằng Tệp → Khách hàng mới.</translation>
    </message>
    <message>
        <source>The account has changes that are not saved yet.</source>
        <translation>Khách hàng này có thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <source>Save the account (Ctrl+S)</source>
        <translation>Lưu khách hàng (Ctrl+S)</translation>
    </message>
    <message>
        <source>Create account %1</source>
        <translation>Tạo khách hàng %1</translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation>Sửa khách hàng %1</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Khách hàng mới</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>The account needs a name.</source>
        <translation>Khách hàng cần có tên.</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Customer</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Khách hàng tiềm năng</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Nhà cung cấp</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Đối thủ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>%1 (individual)</source>
        <translation>%1 (cá nhân)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Province/City</source>
        <translation>Tỉnh/Thành phố</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Log activity</source>
        <translation>Ghi nhận hoạt động</translation>
    </message>
    <message>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>ActivityKindNames</name>
    <message>
        <source>Call</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Zalo message</source>
        <translation>Tin nhắn Zalo</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Nghe máy</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Không nghe máy</translation>
    </message>
    <message>
        <source>Busy, call back</source>
        <translation>Bận, gọi lại sau</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Sai số</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Đã gặp</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Hoãn</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
</context>
<context>
    <name>ActivityService</name>
    <message>
        <source>The duration cannot be negative.</source>
        <translation>Thời lượng không được là số âm.</translation>
    </message>
    <message>
        <source>Choose the lead, account, contact or opportunity this activity is about.</source>
        <translation>Hãy chọn khách hàng tiềm năng, khách hàng, liên hệ hoặc cơ hội mà hoạt động này liên quan đến.</translation>
    </message>
</context>
<context>
    <name>BoardColumnWidget</name>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>%1
weighted %2 (%3%)</source>
        <translation>%1
theo xác suất %2 (%3%)</translation>
    </message>
    <message>
        <source>Expand the column</source>
        <translation>Mở rộng cột</translation>
    </message>
    <message>
        <source>Collapse the column</source>
        <translation>Thu gọn cột</translation>
    </message>
    <message>
        <source>Add a deal in this column</source>
        <translation>Thêm cơ hội vào cột này</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Move to the next stage</source>
        <translation>Chuyển sang giai đoạn sau</translation>
    </message>
    <message>
        <source>Move to the previous stage</source>
        <translation>Chuyển về giai đoạn trước</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation>Chuyển sang giai đoạn…</translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>Cannot open “%1” for writing: %2</source>
        <translation>Không mở được “%1” để ghi: %2</translation>
    </message>
    <message>
        <source>The database is busy: another program kept it locked for too long. Nothing was saved; try again.</source>
        <translation>Cơ sở dữ liệu đang bận: một chương trình khác giữ khóa quá lâu. Chưa có gì được lưu; hãy thử lại.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Lỗi cơ sở dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Dự kiến chốt %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) in stage</source>
        <translation><numerusform>%Ln ngày ở giai đoạn này</numerusform></translation>
    </message>
    <message>
        <source>Rotting: no next step booked</source>
        <translation>Tồn đọng: chưa hẹn bước tiếp theo</translation>
    </message>
    <message>
        <source>No next task</source>
        <translation>Chưa có việc tiếp theo</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>Tiếp theo: %1 (%2)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Tiếp theo: %1</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Tùy chọn --%1 cần một giá trị.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Không có tùy chọn %1.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Tùy chọn %1 cần một giá trị.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use vi or en.</source>
        <translation>Không có ngôn ngữ “%1”: hãy dùng vi hoặc en.</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Hãy cho biết lệnh cần chạy.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Lệnh “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>Run “sencrm-cli --help” for the commands.</source>
        <translation>Chạy “sencrm-cli --help” để xem các lệnh.</translation>
    </message>
    <message>
        <source>Created the database %1.</source>
        <translation>Đã tạo cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>demo needs --leads N with N a whole number of 0 or more.</source>
        <translation>Lệnh demo cần --leads N, với N là số nguyên từ 0 trở lên.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed phải là một số nguyên.</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln demo lead(s).</source>
        <translation>
            <numerusform>Đã thêm %Ln khách hàng tiềm năng mẫu.</numerusform>
        </translation>
    </message>
    <message>
        <source>search needs exactly one QUERY (quote it if it has spaces).</source>
        <translation>Lệnh search cần đúng một TỪ_KHÓA (đặt trong dấu ngoặc kép nếu có khoảng trắng).</translation>
    </message>
    <message>
        <source>--entity must be leads, contacts, accounts or all.</source>
        <translation>--entity phải là leads, contacts, accounts hoặc all.</translation>
    </message>
    <message>
        <source>--limit must be a whole number greater than 0.</source>
        <translation>--limit phải là số nguyên lớn hơn 0.</translation>
    </message>
    <message>
        <source>lead needs one of: add, show, update.</source>
        <translation>Lệnh lead cần một trong các lệnh con: add, show, update.</translation>
    </message>
    <message>
        <source>lead add takes its values as options, e.g. --name "Nguyễn Văn An".</source>
        <translation>lead add nhận giá trị qua các tùy chọn, ví dụ --name "Nguyễn Văn An".</translation>
    </message>
    <message>
        <source>lead add needs --name.</source>
        <translation>lead add cần có --name.</translation>
    </message>
    <message>
        <source>lead show needs the lead's id.</source>
        <translation>lead show cần mã (id) của khách hàng tiềm năng.</translation>
    </message>
    <message>
        <source>lead update needs the lead's id.</source>
        <translation>lead update cần mã (id) của khách hàng tiềm năng.</translation>
    </message>
    <message>
        <source>--if-version must be a whole number.</source>
        <translation>--if-version phải là một số nguyên.</translation>
    </message>
    <message>
        <source>lead update needs at least one --FIELD VALUE.</source>
        <translation>lead update cần ít nhất một cặp --TRƯỜNG GIÁ_TRỊ.</translation>
    </message>
    <message>
        <source>The database %1 is sound (schema version %2).</source>
        <translation>Cơ sở dữ liệu %1 không có lỗi (phiên bản lược đồ %2).</translation>
    </message>
    <message>
        <source>backup needs the path of the copy to write.</source>
        <translation>Lệnh backup cần đường dẫn của bản sao cần ghi.</translation>
    </message>
    <message>
        <source>Wrote the backup %1.</source>
        <translation>Đã ghi bản sao lưu %1.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Không có tùy chọn --%1.</translation>
    </message>
    <message>
        <source>Unknown lead field --%1. Fields: %2.</source>
        <translation>Khách hàng tiềm năng không có trường --%1. Các trường: %2.</translation>
    </message>
    <message>
        <source>Usage: sencrm-cli [--db FILE] [--user NAME] [--lang vi|en] COMMAND ...

Commands:
  init                          create a new database (never overwrites a file)
  demo --leads N [--seed S]     add N demo leads and related records
  stats [--json]                count the records
  search QUERY [--entity leads|contacts|accounts|all] [--limit N] [--json]
  lead add --name NAME [--phone P] [--email E] [--company C] [--source S] [--json]
  lead show ID [--json]
  lead update ID --FIELD VALUE ... [--if-version V] [--json]
  opp list [--pipeline NAME] [--stage NAME] [--json]
                                the deals in board order; position is the deal's
                                1-based rank within its stage
  opp move ID --stage NAME [--position N] [--lost-reason TEXT] [--json]
                                move a deal; N is its 1-based rank in the stage (default:
                                last); a lost stage needs --lost-reason
  pipeline summary [--pipeline NAME] [--json]
                                count, sum and weighted sum of each stage
  check                         check the database file for damage
  backup OUT                    write a consistent copy of the database to OUT

Without --db the default database is used: %1
Exit codes: 0 success, 1 usage error, 2 data error.
</source>
        <translation>Cách dùng: sencrm-cli [--db TỆP] [--user TÊN] [--lang vi|en] LỆNH ...

Các lệnh:
  init                          tạo cơ sở dữ liệu mới (không bao giờ ghi đè tệp đã có)
  demo --leads N [--seed S]     thêm N khách hàng tiềm năng mẫu cùng dữ liệu liên quan
  stats [--json]                đếm số bản ghi
  search TỪ_KHÓA [--entity leads|contacts|accounts|all] [--limit N] [--json]
  lead add --name TÊN [--phone SĐT] [--email E] [--company CTY] [--source NGUỒN] [--json]
  lead show ID [--json]
  lead update ID --TRƯỜNG GIÁ_TRỊ ... [--if-version V] [--json]
  opp list [--pipeline TÊN] [--stage TÊN] [--json]
                                các cơ hội theo thứ tự trên bảng; position là thứ hạng
                                của cơ hội trong giai đoạn, tính từ 1
  opp move ID --stage TÊN [--position N] [--lost-reason LÝ_DO] [--json]
                                chuyển một cơ hội; N là thứ hạng trong giai đoạn, tính từ 1
                                (mặc định: cuối cùng); giai đoạn thua cần --lost-reason
  pipeline summary [--pipeline TÊN] [--json]
                                số lượng, tổng giá trị và giá trị theo xác suất của từng giai đoạn
  check                         kiểm tra tệp cơ sở dữ liệu có bị hỏng không
  backup ĐÍCH                   ghi một bản sao nhất quán của cơ sở dữ liệu ra ĐÍCH

Khi không có --db, dùng cơ sở dữ liệu mặc định: %1
Mã thoát: 0 thành công, 1 sai cách dùng, 2 lỗi dữ liệu.
</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Khách hàng</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Type part of the name, tax code or phone</source>
        <translation>Gõ một phần tên, mã số thuế hoặc số điện thoại</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(chưa rõ)</translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Choose a contact in the list to see it here, or add one with File → New contact.</source>
        <translation>Chọn một liên hệ trong danh sách để xem ở đây, hoặc thêm mới bằng Tệp → Liên hệ mới.</translation>
    </message>
    <message>
        <source>The contact has changes that are not saved yet.</source>
        <translation>Liên hệ này có thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <source>Save the contact (Ctrl+S)</source>
        <translation>Lưu liên hệ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Create contact %1</source>
        <translation>Tạo liên hệ %1</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>Sửa liên hệ %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Liên hệ mới</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>The contact needs a name.</source>
        <translation>Liên hệ cần có tên.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Decision maker</source>
        <translation>Người quyết định</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Người ảnh hưởng</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người sử dụng</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Người gác cổng</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Province/City</source>
        <translation>Tỉnh/Thành phố</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The file “%1” already exists; it was not overwritten.</source>
        <translation>Tệp “%1” đã tồn tại; tệp không bị ghi đè.</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist.</source>
        <translation>Tệp cơ sở dữ liệu “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>“%1” is not a Sen CRM database (it is not an SQLite file). It was not changed.</source>
        <translation>“%1” không phải cơ sở dữ liệu Sen CRM (không phải tệp SQLite). Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Không tạo được thư mục “%1”.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Không mở được “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a database (%2). It was not changed.</source>
        <translation>Không đọc được “%1” như một cơ sở dữ liệu (%2). Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not a Sen CRM database. It was not changed.</source>
        <translation>“%1” là cơ sở dữ liệu SQLite của một chương trình khác, không phải của Sen CRM. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The database “%1” is damaged: %2</source>
        <translation>Cơ sở dữ liệu “%1” bị hỏng: %2</translation>
    </message>
    <message>
        <source>The backup to “%1” failed: %2</source>
        <translation>Sao lưu ra “%1” không thành công: %2</translation>
    </message>
    <message>
        <source>The database is busy: another program kept it locked for too long. Nothing was saved; try again.</source>
        <translation>Cơ sở dữ liệu đang bận: một chương trình khác giữ khóa quá lâu. Chưa có gì được lưu; hãy thử lại.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Lỗi cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>The database could not undo part of a change, so the whole change was abandoned. Nothing was saved; try again.</source>
        <translation>Cơ sở dữ liệu không hoàn tác được một phần của thay đổi nên toàn bộ thay đổi đã bị hủy. Chưa có gì được lưu; hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The number of demo records cannot be negative.</source>
        <translation>Số bản ghi mẫu không được là số âm.</translation>
    </message>
    <message>
        <source>The database has no pipeline.</source>
        <translation>Cơ sở dữ liệu chưa có quy trình bán hàng nào.</translation>
    </message>
    <message>
        <source>Demo data cannot be added in the middle of another change.</source>
        <translation>Không thể thêm dữ liệu mẫu khi đang có một thay đổi khác chưa xong.</translation>
    </message>
    <message>
        <source>The lists changed while demo data was being made. Nothing was saved; try again.</source>
        <translation>Các danh mục đã thay đổi trong lúc tạo dữ liệu mẫu. Chưa có gì được lưu; hãy thử lại.</translation>
    </message>
    <message>
        <source>Another program wrote to the new file while demo data was being made. Nothing was saved; try again.</source>
        <translation>Một chương trình khác đã ghi vào tệp mới trong lúc tạo dữ liệu mẫu. Chưa có gì được lưu; hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>EntityNames</name>
    <message>
        <source>Lead</source>
        <translation>Khách hàng tiềm năng</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Quy trình bán hàng</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Lead status</source>
        <translation>Trạng thái khách hàng tiềm năng</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Lý do thua</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>The phone number “%1” is not valid.</source>
        <translation>Số điện thoại “%1” không hợp lệ.</translation>
    </message>
    <message>
        <source>The email address “%1” is not valid.</source>
        <translation>Địa chỉ email “%1” không hợp lệ.</translation>
    </message>
    <message>
        <source>The tax code “%1” has a wrong check digit.</source>
        <translation>Mã số thuế “%1” có chữ số kiểm tra không đúng.</translation>
    </message>
    <message>
        <source>The tax code “%1” is not valid: it must have 10 digits, 10-3 digits for a branch, or 12 digits for an individual.</source>
        <translation>Mã số thuế “%1” không hợp lệ: phải có 10 chữ số, 10-3 chữ số với chi nhánh, hoặc 12 chữ số với cá nhân.</translation>
    </message>
    <message>
        <source>“%1” is not one of the 34 provinces and cities.</source>
        <translation>“%1” không thuộc 34 tỉnh, thành phố.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in đồng; type it like 1.500.000.</source>
        <translation>“%1” không phải là số tiền bằng đồng; hãy nhập như 1.500.000.</translation>
    </message>
</context>
<context>
    <name>GlobalSearchBox</name>
    <message>
        <source>Search leads, contacts, accounts: name, phone, email (Ctrl+K)</source>
        <translation>Tìm khách hàng tiềm năng, liên hệ, khách hàng: tên, số điện thoại, email (Ctrl+K)</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Khách hàng tiềm năng</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Khách hàng</translation>
    </message>
</context>
<context>
    <name>LeadEditor</name>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Công ty</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Mã số thuế</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Mức đánh giá</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Mức độ quan tâm</translation>
    </message>
    <message>
        <source>Not qualified</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>MQL (marketing)</source>
        <translation>MQL (marketing)</translation>
    </message>
    <message>
        <source>SQL (sales)</source>
        <translation>SQL (bán hàng)</translation>
    </message>
    <message>
        <source>PQL (product)</source>
        <translation>PQL (sản phẩm)</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Lạnh</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Ấm</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Nóng</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(chưa chọn)</translation>
    </message>
</context>
<context>
    <name>LeadFields</name>
    <message>
        <source>The qualification must be none, mql, sql or pql, not “%1”.</source>
        <translation>Mức đánh giá phải là none, mql, sql hoặc pql, không phải “%1”.</translation>
    </message>
    <message>
        <source>The temperature must be cold, warm or hot, not “%1”.</source>
        <translation>Mức độ quan tâm phải là cold (lạnh), warm (ấm) hoặc hot (nóng), không phải “%1”.</translation>
    </message>
    <message>
        <source>The score must be a whole number from 0 to 100, not “%1”.</source>
        <translation>Điểm phải là số nguyên từ 0 đến 100, không phải “%1”.</translation>
    </message>
    <message>
        <source>The budget must be an amount in đồng, not “%1”.</source>
        <translation>Ngân sách phải là một số tiền (đồng), không phải “%1”.</translation>
    </message>
    <message>
        <source>The date must be written dd/mm/yyyy, not “%1”.</source>
        <translation>Ngày phải viết theo dạng dd/mm/yyyy, không phải “%1”.</translation>
    </message>
    <message>
        <source>Unknown lead field “%1”. Fields: %2.</source>
        <translation>Khách hàng tiềm năng không có trường “%1”. Các trường: %2.</translation>
    </message>
</context>
<context>
    <name>LeadFilterBar</name>
    <message>
        <source>Filter by name, phone, email or company…</source>
        <translation>Lọc theo tên, số điện thoại, email hoặc công ty…</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Lưu chế độ xem…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Show the leads in the trash, to restore them</source>
        <translation>Xem các khách hàng tiềm năng trong thùng rác để khôi phục</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Lạnh</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Ấm</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Nóng</translation>
    </message>
    <message>
        <source>MQL</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>PQL</source>
        <translation>PQL</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <source>Created today</source>
        <translation>Tạo hôm nay</translation>
    </message>
    <message>
        <source>Created in 7 days</source>
        <translation>Tạo trong 7 ngày</translation>
    </message>
    <message>
        <source>Created in 30 days</source>
        <translation>Tạo trong 30 ngày</translation>
    </message>
    <message>
        <source>Created this month</source>
        <translation>Tạo tháng này</translation>
    </message>
    <message>
        <source>Created this year</source>
        <translation>Tạo năm nay</translation>
    </message>
    <message>
        <source>Updated today</source>
        <translation>Cập nhật hôm nay</translation>
    </message>
    <message>
        <source>Updated in 7 days</source>
        <translation>Cập nhật trong 7 ngày</translation>
    </message>
    <message>
        <source>Updated in 30 days</source>
        <translation>Cập nhật trong 30 ngày</translation>
    </message>
    <message>
        <source>Updated this month</source>
        <translation>Cập nhật tháng này</translation>
    </message>
    <message>
        <source>Updated this year</source>
        <translation>Cập nhật năm nay</translation>
    </message>
    <message>
        <source>My hot leads</source>
        <translation>Khách nóng của tôi</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Lưu chế độ xem</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Tên chế độ xem:</translation>
    </message>
    <message>
        <source>Views…</source>
        <translation>Chế độ xem…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Mức quan tâm</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh/thành</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ngày cập nhật</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
</context>
<context>
    <name>LeadPanel</name>
    <message>
        <source>Choose a lead in the list to see it here, or press Ctrl+N to add one.</source>
        <translation>Chọn một khách hàng tiềm năng trong danh sách để xem ở đây, hoặc nhấn Ctrl+N để thêm mới.</translation>
    </message>
    <message>
        <source>Save the lead (Ctrl+S)</source>
        <translation>Lưu khách hàng tiềm năng (Ctrl+S)</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Khách hàng tiềm năng mới</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Converted on %1; the lead is kept read-only.</source>
        <translation>Đã chuyển đổi ngày %1; khách hàng tiềm năng này chỉ còn để xem.</translation>
    </message>
    <message>
        <source>The lead has changes that are not saved yet.</source>
        <translation>Khách hàng tiềm năng này có thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <source>Create lead %1</source>
        <translation>Tạo khách hàng tiềm năng %1</translation>
    </message>
    <message>
        <source>Edit lead %1</source>
        <translation>Sửa khách hàng tiềm năng %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Liên hệ: %1</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <translation>Cơ hội: %1</translation>
    </message>
</context>
<context>
    <name>LeadService</name>
    <message>
        <source>The lead needs a name.</source>
        <translation>Khách hàng tiềm năng cần có tên.</translation>
    </message>
    <message>
        <source>The lead needs at least one valid phone number or email address.</source>
        <translation>Khách hàng tiềm năng cần ít nhất một số điện thoại hoặc địa chỉ email hợp lệ.</translation>
    </message>
    <message>
        <source>The score must be between 0 and 100.</source>
        <translation>Điểm phải nằm trong khoảng 0 đến 100.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Ngân sách không được là số âm.</translation>
    </message>
    <message>
        <source>This lead was converted and can no longer be edited.</source>
        <translation>Khách hàng tiềm năng này đã được chuyển đổi nên không sửa được nữa.</translation>
    </message>
    <message>
        <source>Lead %1 kept changing while saving; try again.</source>
        <translation>Khách hàng tiềm năng %1 liên tục bị người khác thay đổi trong lúc lưu; hãy thử lại.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Công ty</translation>
    </message>
    <message>
        <source>Province/City</source>
        <translation>Tỉnh/Thành phố</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Ngày tạo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
</context>
<context>
    <name>LeadTagsView</name>
    <message>
        <source>Add tag…</source>
        <translation>Gắn nhãn…</translation>
    </message>
    <message>
        <source>Put a tag on this lead</source>
        <translation>Gắn nhãn cho khách hàng tiềm năng này</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Chưa có nhãn</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Gỡ nhãn “%1”</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Nhãn: %1</translation>
    </message>
    <message>
        <source>Save the lead before tagging it.</source>
        <translation>Hãy lưu khách hàng tiềm năng trước khi gắn nhãn.</translation>
    </message>
    <message>
        <source>The lead does not have this tag.</source>
        <translation>Khách hàng tiềm năng không có nhãn này.</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Gắn nhãn</translation>
    </message>
    <message>
        <source>Tag (choose one or type a new name):</source>
        <translation>Nhãn (chọn một nhãn hoặc gõ tên mới):</translation>
    </message>
</context>
<context>
    <name>Lookups</name>
    <message>
        <source>There is no lead status “%1”. Known statuses: %2.</source>
        <translation>Không có trạng thái “%1”. Các trạng thái hiện có: %2.</translation>
    </message>
    <message>
        <source>There is no lead source “%1”. Known sources: %2.</source>
        <translation>Không có nguồn “%1”. Các nguồn hiện có: %2.</translation>
    </message>
    <message>
        <source>There is no user “%1”.</source>
        <translation>Không có người dùng “%1”.</translation>
    </message>
    <message>
        <source>There is no pipeline “%1”. Known pipelines: %2.</source>
        <translation>Không có quy trình bán hàng “%1”. Các quy trình hiện có: %2.</translation>
    </message>
    <message>
        <source>The pipeline “%1” has no stage “%2”. Its stages: %3.</source>
        <translation>Quy trình bán hàng “%1” không có giai đoạn “%2”. Các giai đoạn của nó: %3.</translation>
    </message>
    <message>
        <source>There is no lost reason “%1”. Known reasons: %2.</source>
        <translation>Không có lý do thua “%1”. Các lý do hiện có: %2.</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <source>Why was it lost?</source>
        <translation>Vì sao thua?</translation>
    </message>
    <message numerus="yes">
        <source>Moving %n deal(s) to “%1”. Choose why the deal was lost; the reason is kept for the win/loss report.</source>
        <translation><numerusform>Chuyển %n cơ hội sang “%1”. Hãy chọn lý do thua; lý do được lưu cho báo cáo thắng/thua.</numerusform></translation>
    </message>
    <message>
        <source>Optional: what happened</source>
        <translation>Không bắt buộc: chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Đánh dấu thua</translation>
    </message>
</context>
<context>
    <name>LostReasonsPage</name>
    <message>
        <source>A deal dropped on a lost stage is asked why it was lost, from this list. Removing a reason keeps it on the deals already lost for it.</source>
        <translation>Khi một cơ hội được thả vào giai đoạn thua, người dùng chọn lý do thua từ danh sách này. Xóa một lý do không làm mất nó trên các cơ hội đã thua vì lý do đó.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Đổ&amp;i tên…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Add lost reason</source>
        <translation>Thêm lý do thua</translation>
    </message>
    <message>
        <source>Why deals are lost:</source>
        <translation>Lý do thua:</translation>
    </message>
    <message>
        <source>Rename lost reason</source>
        <translation>Đổi tên lý do thua</translation>
    </message>
    <message>
        <source>New name for the lost reason “%1”:</source>
        <translation>Tên mới cho lý do thua “%1”:</translation>
    </message>
    <message>
        <source>Remove lost reason</source>
        <translation>Xóa lý do thua</translation>
    </message>
    <message>
        <source>Remove “%1” from the list? Deals already lost for it keep it.</source>
        <translation>Xóa “%1” khỏi danh sách? Các cơ hội đã thua vì lý do này vẫn giữ nguyên lý do.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sen CRM — %1</source>
        <translation>Sen CRM — %1</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Khách hàng tiềm năng</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About Sen CRM</source>
        <translation>&amp;Giới thiệu Sen CRM</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln khách hàng tiềm năng</numerusform>
        </translation>
    </message>
    <message>
        <source>About Sen CRM</source>
        <translation>Giới thiệu Sen CRM</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sen CRM %1&lt;/b&gt;&lt;br&gt;A CRM for Vietnamese sales teams, fully offline.</source>
        <translation>&lt;b&gt;Sen CRM %1&lt;/b&gt;&lt;br&gt;Phần mềm quản lý khách hàng cho đội bán hàng Việt Nam, chạy hoàn toàn ngoại tuyến.</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Tạo cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Giới thiệu &amp;Qt</translation>
    </message>
    <message>
        <source>Sen CRM</source>
        <translation>Sen CRM</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Sen CRM databases (*.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu Sen CRM (*.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>Sen CRM databases (*.db)</source>
        <translation>Cơ sở dữ liệu Sen CRM (*.db)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln khách hàng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln liên hệ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opportunity(ies)</source>
        <translation>
            <numerusform>%Ln cơ hội</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln công việc</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot load the list</source>
        <translation>Không tải được danh sách</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>%1

Stop working in this file and restore it from a backup (File → Back up makes one; keep copies somewhere else too).</source>
        <translation>%1

Hãy ngừng làm việc trên tệp này và khôi phục từ một bản sao lưu (Tệp → Sao lưu tạo bản sao; hãy giữ thêm bản sao ở nơi khác).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) moved to the trash. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Đã chuyển %Ln bản ghi vào thùng rác. Nhấn Ctrl+Z để lấy lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;lead</source>
        <translation>&amp;Khách hàng tiềm năng mới</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>&amp;Move to trash</source>
        <translation>Chuyển vào thùng &amp;rác</translation>
    </message>
    <message>
        <source>&amp;Previous record</source>
        <translation>Bản ghi t&amp;rước</translation>
    </message>
    <message>
        <source>&amp;Next record</source>
        <translation>Bản ghi &amp;tiếp theo</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Giao cho</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Giao cho %1</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <source>Set status %1</source>
        <translation>Đặt trạng thái %1</translation>
    </message>
    <message>
        <source>Set temperature</source>
        <translation>Đặt mức quan tâm</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Lạnh</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Ấm</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Nóng</translation>
    </message>
    <message>
        <source>Set temperature %1</source>
        <translation>Đặt mức quan tâm %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln lead(s).</source>
        <translation>
            <numerusform>%1: %Ln khách hàng tiềm năng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored from the trash.</source>
        <translation>
            <numerusform>Đã khôi phục %Ln bản ghi từ thùng rác.</numerusform>
        </translation>
    </message>
    <message>
        <source>Res&amp;tore from trash</source>
        <translation>&amp;Khôi phục từ thùng rác</translation>
    </message>
    <message>
        <source>&amp;Selected leads</source>
        <translation>&amp;Với các khách hàng đã chọn</translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation>%1 và %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue task(s)</source>
        <translation>
            <numerusform>%Ln công việc quá hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) due today</source>
        <translation>
            <numerusform>%Ln công việc đến hạn hôm nay</numerusform>
        </translation>
    </message>
    <message>
        <source>Show tasks</source>
        <translation>Xem công việc</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Gắn thẻ</translation>
    </message>
    <message>
        <source>New tag…</source>
        <translation>Thẻ mới…</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Thẻ mới</translation>
    </message>
    <message>
        <source>Tag name:</source>
        <translation>Tên thẻ:</translation>
    </message>
    <message>
        <source>Filter by name, tax code, phone or email…</source>
        <translation>Lọc theo tên, mã số thuế, số điện thoại hoặc email…</translation>
    </message>
    <message>
        <source>Filter by name, phone, email or company…</source>
        <translation>Lọc theo tên, số điện thoại, email hoặc công ty…</translation>
    </message>
    <message>
        <source>New &amp;account</source>
        <translation>Khách &amp;hàng mới</translation>
    </message>
    <message>
        <source>New c&amp;ontact</source>
        <translation>&amp;Liên hệ mới</translation>
    </message>
    <message>
        <source>New o&amp;pportunity</source>
        <translation>&amp;Cơ hội mới</translation>
    </message>
    <message>
        <source>Filter by deal or account name…</source>
        <translation>Lọc theo tên cơ hội hoặc khách hàng…</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>Show the deals as a list</source>
        <translation>Xem các cơ hội dạng danh sách</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Show the deals as the pipeline board: drag a deal to move it to another stage</source>
        <translation>Xem các cơ hội trên bảng quy trình: kéo một cơ hội để chuyển sang giai đoạn khác</translation>
    </message>
    <message>
        <source>Filter by title or notes…</source>
        <translation>Lọc theo tiêu đề hoặc ghi chú…</translation>
    </message>
</context>
<context>
    <name>MoveDealsCommand</name>
    <message numerus="yes">
        <source>Move %n deal(s) to “%1”</source>
        <translation><numerusform>Chuyển %n cơ hội sang “%1”</numerusform></translation>
    </message>
</context>
<context>
    <name>MoveDealsDialog</name>
    <message>
        <source>Delete stage</source>
        <translation>Xóa giai đoạn</translation>
    </message>
    <message numerus="yes">
        <source>The stage “%1” holds %Ln deal(s). Move them to:</source>
        <translation><numerusform>Giai đoạn “%1” đang có %Ln cơ hội: chuyển chúng sang…</numerusform></translation>
    </message>
    <message>
        <source>The deals keep their order, their time in the stage and their lost reason; they take the new stage's probability. The deleted stage goes to the trash.</source>
        <translation>Các cơ hội giữ nguyên thứ tự, thời gian ở giai đoạn và lý do thua; xác suất lấy theo giai đoạn mới. Giai đoạn bị xóa được chuyển vào thùng rác.</translation>
    </message>
    <message>
        <source>&amp;Move and delete</source>
        <translation>&amp;Chuyển và xóa</translation>
    </message>
</context>
<context>
    <name>OpportunityBoardModel</name>
    <message>
        <source>“%1” is a lost stage: choose why the deal was lost.</source>
        <translation>“%1” là giai đoạn thua: hãy chọn lý do thua của cơ hội.</translation>
    </message>
</context>
<context>
    <name>OpportunityEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Khách hàng</translation>
    </message>
    <message>
        <source>A&amp;mount (₫)</source>
        <translation>&amp;Giá trị (₫)</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Quy trình bán hàng</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ngày dự kiến chốt</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Xác suất</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Type part of the name, tax code or phone</source>
        <translation>Gõ một phần tên, mã số thuế hoặc số điện thoại</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>“%1” is not a date; type it as dd/mm/yyyy, e.g. 30/06/2026.</source>
        <translation>“%1” không phải là ngày; hãy nhập theo dạng nn/tt/nnnn, ví dụ 30/06/2026.</translation>
    </message>
</context>
<context>
    <name>OpportunityPanel</name>
    <message>
        <source>Choose an opportunity in the list to see it here, or add one with File → New opportunity.</source>
        <translation>Chọn một cơ hội trong danh sách để xem ở đây, hoặc thêm mới bằng Tệp → Cơ hội mới.</translation>
    </message>
    <message>
        <source>The opportunity has changes that are not saved yet.</source>
        <translation>Cơ hội này có thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <source>Save the opportunity (Ctrl+S)</source>
        <translation>Lưu cơ hội (Ctrl+S)</translation>
    </message>
    <message>
        <source>Create opportunity %1</source>
        <translation>Tạo cơ hội %1</translation>
    </message>
    <message>
        <source>Edit opportunity %1</source>
        <translation>Sửa cơ hội %1</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Cơ hội mới</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stage: %1 · probability %2%</source>
        <translation>Giai đoạn: %1 · xác suất %2%</translation>
    </message>
</context>
<context>
    <name>OpportunityService</name>
    <message>
        <source>The opportunity needs a name.</source>
        <translation>Cơ hội cần có tên.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Giá trị cơ hội không được là số âm.</translation>
    </message>
    <message>
        <source>The probability must be between 0 and 100.</source>
        <translation>Xác suất thành công phải nằm trong khoảng 0 đến 100.</translation>
    </message>
    <message>
        <source>Choose the pipeline of the opportunity.</source>
        <translation>Hãy chọn quy trình bán hàng cho cơ hội.</translation>
    </message>
    <message>
        <source>Choose the stage of the opportunity.</source>
        <translation>Hãy chọn giai đoạn cho cơ hội.</translation>
    </message>
    <message>
        <source>The stage “%1” is not a stage of the pipeline “%2”.</source>
        <translation>Giai đoạn “%1” không thuộc quy trình bán hàng “%2”.</translation>
    </message>
</context>
<context>
    <name>OpportunityTableModel</name>
    <message>
        <source>Opportunity</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Khách hàng</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Xác suất</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Dự kiến chốt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
</context>
<context>
    <name>PipelineBoardPage</name>
    <message>
        <source>All sources</source>
        <translation>Mọi nguồn</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Mọi chiến dịch</translation>
    </message>
    <message>
        <source>Any close month</source>
        <translation>Mọi tháng chốt</translation>
    </message>
    <message>
        <source>Closing %1</source>
        <translation>Chốt trong %1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>Add deal %1</source>
        <translation>Thêm cơ hội %1</translation>
    </message>
    <message>
        <source>New deal in “%1”</source>
        <translation>Cơ hội mới ở “%1”</translation>
    </message>
    <message>
        <source>Deal name:</source>
        <translation>Tên cơ hội:</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Quy trình bán hàng</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Chỉ của tôi</translation>
    </message>
    <message>
        <source>Filter by deal or account name…</source>
        <translation>Lọc theo tên cơ hội hoặc khách hàng…</translation>
    </message>
</context>
<context>
    <name>PipelineCommands</name>
    <message>
        <source>The database has no pipeline.</source>
        <translation>Cơ sở dữ liệu chưa có quy trình bán hàng nào.</translation>
    </message>
    <message>
        <source>opp needs one of: list, move.</source>
        <translation>Lệnh opp cần một trong các lệnh con: list, move.</translation>
    </message>
    <message>
        <source>pipeline needs: summary.</source>
        <translation>Lệnh pipeline cần lệnh con: summary.</translation>
    </message>
    <message>
        <source>opp list takes no other arguments.</source>
        <translation>opp list không nhận thêm đối số nào khác.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Xác suất</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>opp move needs the deal's id.</source>
        <translation>opp move cần ID của cơ hội.</translation>
    </message>
    <message>
        <source>opp move needs --stage NAME.</source>
        <translation>opp move cần --stage TÊN.</translation>
    </message>
    <message>
        <source>--position must be a whole number of 1 or more.</source>
        <translation>--position phải là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <source>“%1” is not a lost stage: a lost reason does not apply.</source>
        <translation>“%1” không phải giai đoạn thua: không dùng lý do thua ở đây.</translation>
    </message>
    <message>
        <source>Moved the deal %1 to “%2”, position %3.</source>
        <translation>Đã chuyển cơ hội %1 sang “%2”, vị trí %3.</translation>
    </message>
    <message>
        <source>pipeline summary takes no other arguments.</source>
        <translation>pipeline summary không nhận thêm đối số nào khác.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Tổng giá trị</translation>
    </message>
    <message>
        <source>Weighted sum</source>
        <translation>Giá trị theo xác suất</translation>
    </message>
</context>
<context>
    <name>PipelineService</name>
    <message>
        <source>“%1” is a lost stage: choose why the deal was lost.</source>
        <translation>“%1” là giai đoạn thua: hãy chọn lý do thua của cơ hội.</translation>
    </message>
    <message>
        <source>That lost reason does not exist.</source>
        <translation>Lý do thua này không tồn tại.</translation>
    </message>
    <message>
        <source>The stage to move to does not exist.</source>
        <translation>Giai đoạn cần chuyển đến không tồn tại.</translation>
    </message>
    <message>
        <source>The deal “%1” is not in the pipeline of the stage “%2”.</source>
        <translation>Cơ hội “%1” không thuộc quy trình bán hàng của giai đoạn “%2”.</translation>
    </message>
    <message>
        <source>Choose at least one deal to move.</source>
        <translation>Hãy chọn ít nhất một cơ hội để chuyển.</translation>
    </message>
    <message>
        <source>The deal to drop before is not in the stage “%1”.</source>
        <translation>Cơ hội làm mốc để thả vào trước nó không nằm trong giai đoạn “%1”.</translation>
    </message>
</context>
<context>
    <name>PipelineSettingsPage</name>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Quy trình:</translation>
    </message>
    <message>
        <source>&amp;New pipeline…</source>
        <translation>Quy trình &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Đổ&amp;i tên…</translation>
    </message>
    <message>
        <source>Stages, in the order of the board</source>
        <translation>Các giai đoạn, theo thứ tự trên bảng</translation>
    </message>
    <message>
        <source>&amp;Add stage…</source>
        <translation>&amp;Thêm giai đoạn…</translation>
    </message>
    <message>
        <source>&amp;Delete stage</source>
        <translation>&amp;Xóa giai đoạn</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển xuố&amp;ng</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. Changes on this page are saved at once: Cancel does not take them back.</source>
        <translation>Nhấp đúp vào một ô để sửa. Thay đổi trên trang này được lưu ngay: nút Hủy không hoàn tác chúng.</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (mặc định)</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Quy trình bán hàng mới</translation>
    </message>
    <message>
        <source>Name of the new pipeline:</source>
        <translation>Tên quy trình bán hàng mới:</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Đổi tên quy trình bán hàng</translation>
    </message>
    <message>
        <source>New name for the pipeline “%1”:</source>
        <translation>Tên mới cho quy trình “%1”:</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Thêm giai đoạn</translation>
    </message>
    <message>
        <source>Name of the new stage:</source>
        <translation>Tên giai đoạn mới:</translation>
    </message>
    <message numerus="yes">
        <source>The stage “%1” holds %Ln deal(s) and there is no other stage of the same kind to move them to: add one first, then delete this one.</source>
        <translation><numerusform>Giai đoạn “%1” đang có %Ln cơ hội và không có giai đoạn nào khác cùng loại để chuyển sang: hãy thêm một giai đoạn trước, rồi mới xóa giai đoạn này.</numerusform></translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Xóa giai đoạn</translation>
    </message>
    <message>
        <source>Delete the stage “%1”? It holds no deals.</source>
        <translation>Xóa giai đoạn “%1”? Giai đoạn này không có cơ hội nào.</translation>
    </message>
</context>
<context>
    <name>PipelineSettingsService</name>
    <message>
        <source>The pipeline “%1” must keep at least one open stage.</source>
        <translation>Quy trình bán hàng “%1” phải giữ ít nhất một giai đoạn đang mở.</translation>
    </message>
    <message>
        <source>The pipeline “%1” must keep at least one won stage.</source>
        <translation>Quy trình bán hàng “%1” phải giữ ít nhất một giai đoạn thắng.</translation>
    </message>
    <message>
        <source>The pipeline “%1” must keep at least one lost stage.</source>
        <translation>Quy trình bán hàng “%1” phải giữ ít nhất một giai đoạn thua.</translation>
    </message>
    <message>
        <source>The probability must be between 0 and 100.</source>
        <translation>Xác suất thành công phải nằm trong khoảng 0 đến 100.</translation>
    </message>
    <message>
        <source>The rot days cannot be negative.</source>
        <translation>Số ngày tồn đọng không được là số âm.</translation>
    </message>
    <message>
        <source>The pipeline needs a name.</source>
        <translation>Quy trình bán hàng cần có tên.</translation>
    </message>
    <message>
        <source>There is already a pipeline named “%1”.</source>
        <translation>Đã có quy trình bán hàng tên “%1”.</translation>
    </message>
    <message>
        <source>The stage needs a name.</source>
        <translation>Giai đoạn cần có tên.</translation>
    </message>
    <message>
        <source>The pipeline “%1” already has a stage named “%2”.</source>
        <translation>Quy trình bán hàng “%1” đã có giai đoạn tên “%2”.</translation>
    </message>
    <message>
        <source>The stage “%1” holds deals: move them to another stage before changing its kind.</source>
        <translation>Giai đoạn “%1” đang có cơ hội: hãy chuyển chúng sang giai đoạn khác trước khi đổi loại giai đoạn.</translation>
    </message>
    <message>
        <source>The new order must list every stage of the pipeline exactly once.</source>
        <translation>Thứ tự mới phải liệt kê mỗi giai đoạn của quy trình bán hàng đúng một lần.</translation>
    </message>
    <message>
        <source>Move the deals to another stage of the pipeline “%1”.</source>
        <translation>Hãy chuyển các cơ hội sang một giai đoạn khác của quy trình bán hàng “%1”.</translation>
    </message>
    <message>
        <source>The deals of “%1” can only move to a stage of the same kind (open, won or lost).</source>
        <translation>Các cơ hội của “%1” chỉ có thể chuyển sang giai đoạn cùng loại (đang mở, thắng hoặc thua).</translation>
    </message>
    <message numerus="yes">
        <source>The stage “%1” holds %n deal(s): choose the stage to move them to.</source>
        <translation><numerusform>Giai đoạn “%1” đang có %n cơ hội: hãy chọn giai đoạn để chuyển chúng sang.</numerusform></translation>
    </message>
    <message>
        <source>The lost reason needs a name.</source>
        <translation>Lý do thua cần có tên.</translation>
    </message>
    <message>
        <source>There is already a lost reason “%1”.</source>
        <translation>Đã có lý do thua “%1”.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Xưng hô</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Điện th&amp;oại</translation>
    </message>
    <message>
        <source>Phone 2</source>
        <translation>Điện thoại 2</translation>
    </message>
    <message>
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Ward/commune</source>
        <translation>Phường/xã</translation>
    </message>
    <message>
        <source>Province/City</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>ví dụ 0912 345 678</translation>
    </message>
    <message>
        <source>e.g. ten@congty.vn</source>
        <translation>ví dụ ten@congty.vn</translation>
    </message>
    <message>
        <source>10 digits, 10-3 for a branch, or 12</source>
        <translation>10 số, 10-3 cho chi nhánh, hoặc 12 số</translation>
    </message>
    <message>
        <source>e.g. 150.000.000</source>
        <translation>ví dụ 150.000.000</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>nn/tt/nnnn</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(chưa giao)</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Sort names</source>
        <translation>Sắp xếp họ tên</translation>
    </message>
    <message>
        <source>By given name (tên), then family name</source>
        <translation>Theo tên, rồi đến họ</translation>
    </message>
    <message>
        <source>A–Z by full name</source>
        <translation>A–Z theo họ và tên</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Khách hàng: %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Gọi %1</translation>
    </message>
    <message>
        <source>Email %1</source>
        <translation>Gửi email %1</translation>
    </message>
    <message>
        <source>Zalo %1</source>
        <translation>Zalo %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>%1 Your changes are still in the form: press Discard changes to see the newer version, or copy what you need first.</source>
        <translation>%1 Thay đổi của bạn vẫn còn trên biểu mẫu: nhấn Bỏ thay đổi để xem bản mới hơn, hoặc sao chép những gì bạn cần trước.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Không hoàn tác được</translation>
    </message>
</context>
<context>
    <name>RecordSubView</name>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>Sen CRM</source>
        <translation>Sen CRM</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>%1 %2 was changed by %3 at %4 (version %5; you edited version %6). Your change was not saved; reopen the record to see theirs.</source>
        <translation>%1 %2 đã được %3 sửa lúc %4 (phiên bản %5; bạn đang sửa phiên bản %6). Thay đổi của bạn chưa được lưu; hãy mở lại bản ghi để xem thay đổi của họ.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>một người dùng khác</translation>
    </message>
    <message>
        <source>Unknown column “%1” for %2.</source>
        <translation>%2 không có cột “%1”.</translation>
    </message>
    <message>
        <source>Cannot sort %1 by “%2”.</source>
        <translation>Không sắp xếp được %1 theo “%2”.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 không tồn tại.</translation>
    </message>
    <message>
        <source>Only search_text can be matched against the text index.</source>
        <translation>Chỉ cột search_text mới tìm được qua chỉ mục văn bản.</translation>
    </message>
    <message>
        <source>Only leads can be filtered by tag.</source>
        <translation>Chỉ lọc được khách hàng tiềm năng theo thẻ.</translation>
    </message>
</context>
<context>
    <name>RecordTasksModel</name>
    <message>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
</context>
<context>
    <name>RecordTasksView</name>
    <message>
        <source>Add task…</source>
        <translation>Thêm công việc…</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>Thêm công việc %1</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>Cannot read the schema version of “%1”.</source>
        <translation>Không đọc được phiên bản lược đồ của “%1”.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Sen CRM (schema version %2; this version knows up to %3). Update Sen CRM to open it. The file was not changed.</source>
        <translation>“%1” được tạo bởi một phiên bản Sen CRM mới hơn (lược đồ phiên bản %2; phiên bản này chỉ hỗ trợ tới %3). Hãy cập nhật Sen CRM để mở tệp. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed: %2</source>
        <translation>Nâng cấp cơ sở dữ liệu lên phiên bản %1 không thành công: %2</translation>
    </message>
</context>
<context>
    <name>SearchIndexBuilder</name>
    <message>
        <source>Database error: %1</source>
        <translation>Lỗi cơ sở dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>SetTaskDoneCommand</name>
    <message>
        <source>Mark “%1” done</source>
        <translation>Đánh dấu xong “%1”</translation>
    </message>
    <message>
        <source>Mark “%1” not done</source>
        <translation>Đánh dấu chưa xong “%1”</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Tên của bạn:</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make, so colleagues sharing the database can see who changed what.</source>
        <translation>Tên của bạn được ghi lại cùng mọi thay đổi bạn thực hiện, để đồng nghiệp dùng chung cơ sở dữ liệu biết ai đã thay đổi gì.</translation>
    </message>
    <message>
        <source>Your name cannot be empty.</source>
        <translation>Tên của bạn không được để trống.</translation>
    </message>
    <message>
        <source>Whoever creates the lead</source>
        <translation>Người tạo khách hàng tiềm năng</translation>
    </message>
    <message>
        <source>New leads &amp;belong to:</source>
        <translation>Khách hàng tiềm năng mới &amp;giao cho:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Ngày tháng:</translation>
    </message>
    <message>
        <source>&amp;Money:</source>
        <translation>&amp;Tiền tệ:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Quy trình bán hàng</translation>
    </message>
    <message>
        <source>Lost reasons</source>
        <translation>Lý do thua</translation>
    </message>
</context>
<context>
    <name>StageTableModel</name>
    <message>
        <source>off</source>
        <comment>rot days</comment>
        <translation>tắt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Thắng</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Thua</translation>
    </message>
    <message>
        <source>The stage cannot move further.</source>
        <translation>Không thể chuyển giai đoạn đi xa hơn nữa.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation><numerusform>%Ln ngày</numerusform></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Xác suất</translation>
    </message>
    <message>
        <source>Rot days</source>
        <translation>Số ngày tồn đọng</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <source>Deals in an open stage are still being worked; a deal in a won or lost stage is closed.</source>
        <translation>Cơ hội ở giai đoạn đang mở vẫn đang được theo đuổi; cơ hội ở giai đoạn thắng hoặc thua là đã kết thúc.</translation>
    </message>
    <message>
        <source>How likely a deal in this stage is to be won; the board's weighted sum uses it.</source>
        <translation>Khả năng thắng của một cơ hội ở giai đoạn này; tổng có trọng số trên bảng dùng con số này.</translation>
    </message>
    <message>
        <source>A deal that sits in this stage longer than this, with no task booked, is marked rotting. 0 turns the mark off.</source>
        <translation>Cơ hội nằm ở giai đoạn này lâu hơn số ngày này mà không có công việc nào được hẹn sẽ bị đánh dấu tồn đọng. 0 là tắt đánh dấu.</translation>
    </message>
    <message>
        <source>Deals in this stage now (not counting the trash).</source>
        <translation>Số cơ hội đang ở giai đoạn này (không tính thùng rác).</translation>
    </message>
</context>
<context>
    <name>TagLeadsCommand</name>
    <message numerus="yes">
        <source>Tag %n lead(s) “%1”</source>
        <translation>
            <numerusform>Gắn thẻ “%1” cho %n khách hàng tiềm năng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the tag “%1” from %n lead(s)</source>
        <translation><numerusform>Gỡ nhãn “%1” khỏi %n khách hàng tiềm năng</numerusform></translation>
    </message>
</context>
<context>
    <name>TagService</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Thẻ cần có tên.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Công việc mới</translation>
    </message>
    <message>
        <source>e.g. Call back with the quotation</source>
        <translation>ví dụ: Gọi lại kèm báo giá</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(chưa giao)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <source>Open tasks</source>
        <translation>Công việc chưa xong</translation>
    </message>
    <message>
        <source>Today's tasks</source>
        <translation>Công việc hôm nay</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Công việc quá hạn</translation>
    </message>
    <message>
        <source>Done tasks</source>
        <translation>Công việc đã xong</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Tất cả công việc</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Chỉ của tôi</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>The task needs a title.</source>
        <translation>Công việc cần có tiêu đề.</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Chưa xong</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Công việc</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Ưu tiên</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Log a call</source>
        <translation>Ghi nhận cuộc gọi</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>Ghi nhận %1</translation>
    </message>
</context>
<context>
    <name>TrashCommand</name>
    <message numerus="yes">
        <source>Move %n record(s) to the trash</source>
        <translation>
            <numerusform>Chuyển %n bản ghi vào thùng rác</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n record(s) from the trash</source>
        <translation>
            <numerusform>Khôi phục %n bản ghi từ thùng rác</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashService</name>
    <message>
        <source>Records of kind “%1” have no trash.</source>
        <translation>Loại bản ghi “%1” không có thùng rác.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sen CRM, a CRM for Vietnamese sales teams.</source>
        <translation>Sen CRM, phần mềm quản lý khách hàng cho đội bán hàng Việt Nam.</translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation>Tệp cơ sở dữ liệu cần mở.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
</context>
</TS>