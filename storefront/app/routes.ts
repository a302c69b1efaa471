import { index, type RouteConfig, route } from "@react-router/dev/routes"

export default [
  index("routes/home.tsx"),
  route("danh-muc", "routes/categories.tsx"),
  route("danh-muc/:handle", "routes/category.tsx"),
  route("san-pham/:handle", "routes/product.tsx"),
  route("gio-hang", "routes/cart.tsx"),
  route("thanh-toan", "routes/checkout.tsx"),
  route("thanh-toan/vnpay", "routes/vnpay-return.tsx"),
  route("phuong-xa/:province", "routes/wards.ts"),
  route("don-hang/:id", "routes/order.tsx"),
  route("ngon-ngu", "routes/language.ts"),
  route("chinh-sach/:slug", "routes/policy.tsx"),
  route("healthz", "routes/healthz.ts"),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig
