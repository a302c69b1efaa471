import { index, layout, prefix, type RouteConfig, route } from "@react-router/dev/routes"

export default [
  index("routes/home.tsx"),
  route("danh-muc", "routes/categories.tsx"),
  route("danh-muc/:handle", "routes/category.tsx"),
  route("san-pham/:handle", "routes/product.tsx"),
  // Certified products by stars and group (plugins/ocop's /store/ocop/products).
  route("ocop", "routes/ocop.tsx"),
  route("gio-hang", "routes/cart.tsx"),
  route("thanh-toan", "routes/checkout.tsx"),
  route("thanh-toan/vnpay", "routes/vnpay-return.tsx"),
  route("phuong-xa/:province", "routes/wards.ts"),
  route("don-hang/:id", "routes/order.tsx"),
  route("ngon-ngu", "routes/language.ts"),
  route("chinh-sach/:slug", "routes/policy.tsx"),
  route("cua-hang/:handle", "routes/shop.tsx"),
  // The seller channel (plugins/marketplace's /vendor API): one folder, one layout with its bar.
  ...prefix("kenh-nguoi-ban", [
    route("dang-xuat", "routes/seller/sign-out.ts"),
    // The label sheets' stylesheet (generated from LABEL_SIZES), a resource outside the layout.
    route("lo-hang/tem.css", "routes/seller/lots/label-css.ts"),
    layout("routes/seller/layout.tsx", [
      index("routes/seller/home.tsx"),
      route("dang-nhap", "routes/seller/sign-in.tsx"),
      route("dang-ky", "routes/seller/register.tsx"),
      route("quen-mat-khau", "routes/seller/forgot-password.tsx"),
      route("dat-lai-mat-khau", "routes/seller/reset-password.tsx"),
      route("loi-moi", "routes/seller/invite.tsx"),
      route("ho-so", "routes/seller/profile.tsx"),
      route("nhan-vien", "routes/seller/members.tsx"),
      route("giay-to", "routes/seller/documents.tsx"),
      // OCOP certificates: the list with expiry warnings, and the submission form.
      route("ocop", "routes/seller/ocop.tsx"),
      route("ocop/moi", "routes/seller/ocop-new.tsx"),
      // Lots and their trace (plugins/traceability's /vendor/trace API), EPCIS capture, labels.
      route("lo-hang", "routes/seller/lots/list.tsx"),
      route("lo-hang/moi", "routes/seller/lots/new.tsx"),
      route("lo-hang/nhap-epcis", "routes/seller/lots/capture.tsx"),
      route("lo-hang/:id", "routes/seller/lots/detail.tsx"),
      route("lo-hang/:id/su-kien", "routes/seller/lots/event.tsx"),
      route("lo-hang/:id/tem", "routes/seller/lots/labels.tsx"),
      // "moi" (new) or a product id.
      route("san-pham/:id", "routes/seller/product.tsx"),
    ]),
  ]),
  // The market stall's vendor screen (chợ 4.0, plugins/market's /stall API): a phone-first app.
  ...prefix("ban-hang", [
    route("su-kien", "routes/stall/events.ts"),
    route("su-kien.json", "routes/stall/events-json.ts"),
    route("dang-xuat", "routes/stall/sign-out.ts"),
    layout("routes/stall/layout.tsx", [
      index("routes/stall/screen.tsx"),
      route("dang-nhap", "routes/stall/sign-in.tsx"),
      route("ma/:id", "routes/stall/request.tsx"),
      route("thiet-bi", "routes/stall/devices.tsx"),
    ]),
  ]),
  // A stall's printed sign.
  route("c/:code", "routes/stall/public-stall.tsx"),
  // A scanned label (plugins/traceability): GS1 Digital Link or the short code, one trace page;
  // its EPCIS 2.0 export beside it.
  route("01/:gtin/10/:lot", "routes/trace/lot.tsx", { id: "trace-digital-link" }),
  route("01/:gtin/10/:lot/21/:serial", "routes/trace/lot.tsx", { id: "trace-digital-link-serial" }),
  route("t/:code", "routes/trace/lot.tsx", { id: "trace-short" }),
  route("01/:gtin/10/:lot/epcis.json", "routes/trace/epcis.ts", { id: "trace-digital-link-epcis" }),
  route("t/:code/epcis.json", "routes/trace/epcis.ts", { id: "trace-short-epcis" }),
  route("healthz", "routes/healthz.ts"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig
