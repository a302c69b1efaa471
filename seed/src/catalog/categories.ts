import type { CategorySeed } from "../types.js"

/** Demo categories of Chợ Số, each mapped to one of the six OCOP groups (Decision 148/QĐ-TTg). */
export const categories: CategorySeed[] = [
  {
    handle: "mat-ong",
    name: { vi: "Mật ong & sản phẩm từ ong", en: "Honey & bee products" },
    description: {
      vi: "Mật ong rừng tràm, mật ong rừng núi và các sản phẩm từ ong do các hợp tác xã nuôi ong địa phương khai thác.",
      en: "Melaleuca-forest and mountain honey and other bee products harvested by local beekeeping cooperatives.",
    },
    ocop_group: "thuc-pham",
    palette: ["#E8A317", "#7A4A12"],
  },
  {
    handle: "kho-hai-san",
    name: { vi: "Khô & hải sản khô", en: "Dried fish & seafood" },
    description: {
      vi: "Khô cá đồng, khô cá biển, tôm khô và mực khô phơi nắng, đóng gói hút chân không.",
      en: "Sun-dried freshwater and sea fish, dried shrimp and dried squid, vacuum-packed.",
    },
    ocop_group: "thuc-pham",
    palette: ["#E07A3F", "#1F5F7A"],
  },
  {
    handle: "mam-gia-vi",
    name: { vi: "Mắm, muối & gia vị", en: "Fish sauce, salt & spices" },
    description: {
      vi: "Nước mắm truyền thống, các loại mắm, muối chấm, quế và tiêu của hai miền biển và núi.",
      en: "Traditional fish sauce, fermented pastes, dipping salts, cinnamon and pepper from the coast and the highlands.",
    },
    ocop_group: "thuc-pham",
    palette: ["#B23A48", "#F2C14E"],
  },
  {
    handle: "banh-dac-san",
    name: { vi: "Bánh, kẹo & đặc sản", en: "Cakes, sweets & specialities" },
    description: {
      vi: "Bánh tráng, mì Quảng, bánh phồng tôm, bánh khô mè và các món quà quê làm theo cách truyền thống.",
      en: "Rice paper, Quảng noodles, prawn crackers, sesame cakes and other traditional treats to take home.",
    },
    ocop_group: "thuc-pham",
    palette: ["#D96C3B", "#F4D35E"],
  },
  {
    handle: "tra-do-uong",
    name: { vi: "Trà & đồ uống", en: "Tea & drinks" },
    description: {
      vi: "Trà thảo mộc, trà túi lọc từ dược liệu và các loại trà đặc sản của địa phương.",
      en: "Herbal teas, medicinal-plant tea bags and local speciality teas.",
    },
    ocop_group: "do-uong",
    palette: ["#3E8E41", "#C9D66B"],
  },
  {
    handle: "sam-duoc-lieu",
    name: { vi: "Sâm & dược liệu", en: "Ginseng & medicinal herbs" },
    description: {
      vi: "Sâm Ngọc Linh, quế Trà My và các sản phẩm từ dược liệu vùng núi Quảng Nam cũ.",
      en: "Ngọc Linh ginseng, Trà My cinnamon and other medicinal products from the mountains of former Quảng Nam.",
    },
    ocop_group: "duoc-lieu",
    palette: ["#8C2F39", "#D9A441"],
  },
  {
    handle: "thu-cong-my-nghe",
    name: { vi: "Thủ công mỹ nghệ", en: "Handicrafts" },
    description: {
      vi: "Đèn lồng Hội An, gốm Thanh Hà, nón lá và đồ mây tre đan do nghệ nhân làng nghề làm thủ công.",
      en: "Hội An lanterns, Thanh Hà pottery, conical hats and bamboo wares handmade in craft villages.",
    },
    ocop_group: "thu-cong-my-nghe",
    palette: ["#C0392B", "#2E6E8E"],
  },
  {
    handle: "gao-nong-san",
    name: { vi: "Gạo & nông sản", en: "Rice & farm produce" },
    description: {
      vi: "Gạo lúa – tôm, gạo lúa rẫy, trái cây sấy và nông sản sạch từ ruộng vườn địa phương.",
      en: "Rice from shrimp–rice fields and upland farms, dried fruit and clean produce from local farms.",
    },
    ocop_group: "thuc-pham",
    palette: ["#6A994E", "#E9C46A"],
  },
]
