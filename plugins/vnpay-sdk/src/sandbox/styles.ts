/** Inline CSS of every sandbox page (mobile first; method tabs work without JavaScript). */
export const STYLES = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2a37;background:#eef2f7}
.bar{display:flex;align-items:center;justify-content:space-between;padding:12px 16px;background:#fff;border-bottom:3px solid #005baa}
.logo{font-weight:800;font-size:22px;letter-spacing:.5px;color:#005baa}.logo b{color:#ed1c24}
.badge{font-size:11px;font-weight:700;letter-spacing:1px;color:#8a4b00;background:#ffe7b3;border-radius:999px;padding:3px 9px}
.wrap{max-width:480px;margin:0 auto;padding:12px}
.card{background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(16,24,40,.12);padding:16px;margin-bottom:12px}
h1{font-size:17px;margin:0 0 12px}h2{font-size:15px;margin:0 0 10px}
.muted{color:#667085;margin:0;font-size:13px}
.amount{font-size:28px;font-weight:800;color:#005baa;white-space:nowrap;margin:2px 0 12px}
.rows{margin:0}.rows div{display:flex;justify-content:space-between;gap:12px;padding:7px 0;border-top:1px solid #eef0f3}
.rows dt{color:#667085;flex:none}.rows dd{margin:0;text-align:right;font-weight:600;word-break:break-word}
.timer{display:flex;align-items:center;gap:8px;background:#fff6e5;color:#8a4b00;border-radius:8px;padding:9px 12px;font-size:14px}
.timer b{font-variant-numeric:tabular-nums}
.mr{position:absolute;opacity:0;pointer-events:none}
.methods{display:grid;grid-template-columns:repeat(3,1fr);gap:8px;margin-bottom:12px}
.method{display:block;border:2px solid #d0d5dd;border-radius:10px;padding:10px 6px;text-align:center;font-size:13px;font-weight:600;cursor:pointer;background:#fff}
.method small{display:block;font-weight:400;color:#667085;font-size:11px}
.pane{display:none}.pane.show{display:block}
#m-VNPAYQR:checked~.methods .m-VNPAYQR,#m-VNBANK:checked~.methods .m-VNBANK,#m-INTCARD:checked~.methods .m-INTCARD{border-color:#005baa;background:#eaf3fc;color:#005baa}
#m-VNPAYQR:checked~.panes .p-VNPAYQR,#m-VNBANK:checked~.panes .p-VNBANK,#m-INTCARD:checked~.panes .p-INTCARD{display:block}
.qr{display:flex;justify-content:center;margin:4px 0 8px}.timer svg{flex:none}
.qr svg{width:180px;height:180px;border:1px solid #eef0f3;border-radius:8px;padding:6px;background:#fff}
.qr pre{white-space:pre-wrap;word-break:break-all;background:#f5f7fa;border-radius:8px;padding:12px;font-size:12px;margin:0}
.hint{color:#667085;font-size:13px;margin:6px 0 0;text-align:center}
label.f{display:block;font-size:13px;color:#475467;margin:10px 0 4px}
input.i,select.i{width:100%;font:inherit;padding:10px 12px;border:1px solid #d0d5dd;border-radius:8px;background:#fff}
.two{display:grid;grid-template-columns:1fr 1fr;gap:10px}
.actions{display:grid;gap:10px;margin-top:4px}
.btn{display:block;width:100%;font:inherit;font-weight:700;font-size:16px;padding:13px;border-radius:10px;border:2px solid transparent;cursor:pointer}
.ok{background:#005baa;color:#fff}.low{background:#fff;color:#b54708;border-color:#f79009}.no{background:#fff;color:#475467;border-color:#d0d5dd}
.err{text-align:center}.err .icon{width:56px;height:56px;border-radius:50%;background:#fee4e2;color:#d92d20;font-size:30px;font-weight:800;line-height:56px;margin:8px auto 12px}
.err .code{color:#667085;font-size:13px}.err p{margin:6px 0}.err .en{color:#475467}
.detail{background:#f5f7fa;border-radius:8px;padding:10px;font-size:12px;color:#475467;text-align:left;word-break:break-word}
.foot{max-width:480px;margin:0 auto;padding:4px 16px 24px;color:#98a2b3;font-size:12px;text-align:center}
code{font-size:12px}
`
