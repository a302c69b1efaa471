import type { ProducerSeed } from "../types.js"

/**
 * Demo OCOP producers ("chủ thể OCOP"). Names, people and phone numbers are fictional;
 * ward codes are real 2025 codes of Cà Mau (96) and Đà Nẵng (48).
 */
export const producers: ProducerSeed[] = [
  // ── Cà Mau (incl. former Bạc Liêu) ──────────────────────────────────────────
  {
    handle: "htx-ong-tram-xanh-u-minh",
    name: "Hợp tác xã Ong Mật Tràm Xanh U Minh",
    kind: "cooperative",
    province_code: "96",
    ward_code: "32047", // Xã U Minh
    street: "Ấp 7",
    phone: "0918523417",
    representative: "Nguyễn Văn Thắng",
    description: {
      vi: "Hợp tác xã gồm hơn 40 hộ gác kèo ong trong rừng tràm U Minh Hạ. Mật được thu theo mùa hoa tràm và lọc, đóng chai ngay tại xưởng của hợp tác xã.",
      en: "A cooperative of more than 40 households that keep wild bees on rafters in the U Minh Hạ melaleuca forest. Honey is harvested with the melaleuca bloom, then filtered and bottled in the cooperative's own workshop.",
    },
  },
  {
    handle: "co-so-kho-ca-dong-ut-hien",
    name: "Cơ sở Khô Cá Đồng Út Hiền",
    kind: "household",
    province_code: "96",
    ward_code: "32065", // Xã Thới Bình
    street: "Ấp 4",
    phone: "0945271836",
    representative: "Lê Thị Hiền",
    description: {
      vi: "Cơ sở gia đình làm khô cá lóc, cá sặc, cá rô đồng và mắm cá lóc từ cá bắt trên ruộng, kênh rạch Thới Bình.",
      en: "A family workshop making dried snakehead, gourami and climbing perch, plus fermented snakehead, from fish caught in the fields and canals of Thới Bình.",
    },
  },
  {
    handle: "htx-thuy-san-song-doc",
    name: "Hợp tác xã Thủy Sản Sông Đốc Xanh",
    kind: "cooperative",
    province_code: "96",
    ward_code: "32098", // Xã Sông Đốc
    street: "Ấp Rạch Ráng, đường Bờ Kè",
    phone: "0886140352",
    representative: "Trần Minh Tuấn",
    description: {
      vi: "Hợp tác xã của các chủ ghe và hộ chế biến ở cửa biển Sông Đốc, chuyên khô cá khoai, mực khô và cá chỉ vàng. Hải sản được sơ chế ngay khi ghe cập bến.",
      en: "A cooperative of boat owners and processing households at the Sông Đốc river mouth, specialising in dried Bombay duck, dried squid and yellowstripe scad. The catch is cleaned as soon as the boats land.",
    },
  },
  {
    handle: "htx-hai-san-rach-goc-tan-an",
    name: "Hợp tác xã Hải Sản Rạch Gốc Tân Ân",
    kind: "cooperative",
    province_code: "96",
    ward_code: "32236", // Xã Tân Ân
    street: "Ấp Rạch Gốc",
    phone: "0392814065",
    representative: "Phạm Văn Lợi",
    description: {
      vi: "Hợp tác xã nuôi tôm quảng canh dưới tán rừng đước Rạch Gốc và chế biến tôm khô, ba khía muối, mắm tôm chà theo cách truyền thống.",
      en: "A cooperative farming shrimp extensively under the Rạch Gốc mangroves and turning them into dried shrimp, salted marsh crab and shrimp paste the traditional way.",
    },
  },
  {
    handle: "cty-thuc-pham-mui-xanh",
    name: "Công ty TNHH Thực Phẩm Mũi Xanh",
    kind: "enterprise",
    province_code: "96",
    ward_code: "32191", // Xã Năm Căn
    street: "Ấp Cái Nai",
    phone: "0789345120",
    representative: "Võ Thanh Phong",
    description: {
      vi: "Doanh nghiệp nhỏ ở Năm Căn chế biến bánh phồng tôm, chà bông tôm và tôm đất khô từ tôm nuôi sinh thái.",
      en: "A small Năm Căn company making prawn crackers, shrimp floss and dried mud shrimp from ecologically farmed shrimp.",
    },
  },
  {
    handle: "cty-muoi-dong-hai",
    name: "Công ty TNHH Muối Biển Đông Hải",
    kind: "enterprise",
    province_code: "96",
    ward_code: "31975", // Xã Đông Hải (former Bạc Liêu)
    street: "Ấp Diêm Điền",
    phone: "0326759184",
    representative: "Huỳnh Thị Ngọc Hân",
    description: {
      vi: "Doanh nghiệp thu mua muối hạt của diêm dân Đông Hải, Bạc Liêu cũ và làm muối tôm, muối ớt chấm hải sản.",
      en: "A company that buys sea salt from salt farmers in Đông Hải, former Bạc Liêu, and makes shrimp salt and chilli salt for seafood.",
    },
  },
  {
    handle: "ho-kho-ca-keo-ganh-hao",
    name: "Hộ kinh doanh Khô Cá Kèo Cô Ba Gành Hào",
    kind: "household",
    province_code: "96",
    ward_code: "31972", // Xã Gành Hào
    street: "Ấp 1",
    phone: "0567812943",
    representative: "Đặng Thị Ba",
    description: {
      vi: "Hộ gia đình ba thế hệ phơi khô cá kèo ở cửa biển Gành Hào, mỗi mẻ chỉ phơi một nắng rồi sấy lại cho khô đều.",
      en: "A three-generation family drying goby fish at the Gành Hào estuary; each batch is sun-dried, then finished in a dryer for even dryness.",
    },
  },
  {
    handle: "htx-lua-tom-hong-dan",
    name: "Hợp tác xã Lúa Tôm Hồng Dân Xanh",
    kind: "cooperative",
    province_code: "96",
    ward_code: "31843", // Xã Hồng Dân (former Bạc Liêu)
    street: "Ấp Xẻo Gừa",
    phone: "0976305218",
    representative: "Lâm Văn Sáng",
    description: {
      vi: "Hợp tác xã canh tác theo mô hình một vụ tôm, một vụ lúa, không dùng phân thuốc hóa học trên ruộng lúa.",
      en: "A cooperative farming one shrimp crop and one rice crop a year, with no chemical fertiliser or pesticide on the rice.",
    },
  },
  {
    handle: "co-so-khom-tu-lien",
    name: "Cơ sở Khóm Sấy Tư Liên",
    kind: "household",
    province_code: "96",
    ward_code: "32095", // Xã Trần Văn Thời
    street: "Ấp Kênh Tám",
    phone: "0837460291",
    representative: "Trương Thị Liên",
    description: {
      vi: "Cơ sở gia đình trồng khóm trên đất phèn Trần Văn Thời, làm khóm sấy dẻo và trà khổ qua rừng.",
      en: "A family business growing pineapples on the acid soils of Trần Văn Thời and making chewy dried pineapple and wild bitter-melon tea.",
    },
  },

  // ── Đà Nẵng (incl. former Quảng Nam) ────────────────────────────────────────
  {
    handle: "htx-duoc-lieu-nui-ngoc",
    name: "Hợp tác xã Dược Liệu Núi Ngọc Trà Linh",
    kind: "cooperative",
    province_code: "48",
    ward_code: "20950", // Xã Trà Linh
    street: "Thôn 2",
    phone: "0905418263",
    representative: "Hồ Văn Nhiều",
    description: {
      vi: "Hợp tác xã của đồng bào Xơ Đăng trồng sâm Ngọc Linh dưới tán rừng nguyên sinh ở độ cao trên 1.500 m.",
      en: "A cooperative of Xơ Đăng farmers growing Ngọc Linh ginseng under primary forest above 1,500 m.",
    },
  },
  {
    handle: "cty-sam-ngoc-son",
    name: "Công ty TNHH Dược Liệu Ngọc Sơn Trà My",
    kind: "enterprise",
    province_code: "48",
    ward_code: "20944", // Xã Nam Trà My
    street: "Thôn 1",
    phone: "0935627184",
    representative: "Nguyễn Thị Thu Hà",
    description: {
      vi: "Doanh nghiệp chế biến trà sâm và cao sâm từ củ, lá sâm Ngọc Linh thu mua của các hộ trồng trong vùng.",
      en: "A company processing ginseng tea and ginseng extract from Ngọc Linh ginseng roots and leaves bought from local growers.",
    },
  },
  {
    handle: "htx-que-huong-tra-my",
    name: "Hợp tác xã Quế Hương Trà My",
    kind: "cooperative",
    province_code: "48",
    ward_code: "20900", // Xã Trà My
    street: "Thôn Đàn Trâu",
    phone: "0978152639",
    representative: "Đinh Văn Hùng",
    description: {
      vi: "Hợp tác xã trồng và sơ chế quế Trà My trên các sườn đồi phía tây, làm quế thanh, bột quế, tinh dầu quế và trà quế.",
      en: "A cooperative growing and processing Trà My cinnamon on the western hills, making cinnamon sticks, ground cinnamon, cinnamon oil and cinnamon tea.",
    },
  },
  {
    handle: "cty-nuoc-mam-hai-van",
    name: "Công ty TNHH Nước Mắm Làng Chài Hải Vân",
    kind: "enterprise",
    province_code: "48",
    ward_code: "20194", // Phường Hải Vân (Nam Ô)
    street: "Tổ 5, khu dân cư Nam Ô",
    phone: "0914386720",
    representative: "Lê Văn Hòa",
    description: {
      vi: "Cơ sở ủ chượp cá cơm trong thùng gỗ theo nghề làm nước mắm Nam Ô hơn 400 năm tuổi.",
      en: "A workshop fermenting anchovies in wooden vats, following the Nam Ô fish-sauce craft that is over 400 years old.",
    },
  },
  {
    handle: "ho-banh-trang-co-sau",
    name: "Hộ kinh doanh Bánh Tráng Cô Sáu",
    kind: "household",
    province_code: "48",
    ward_code: "20500", // Xã Đại Lộc
    street: "Tổ 3, thôn Ái Nghĩa",
    phone: "0707294583",
    representative: "Phan Thị Sáu",
    description: {
      vi: "Hộ gia đình tráng bánh bằng bếp củi và phơi trên giàn tre bên sông Vu Gia, chuyên bánh tráng nhúng, bánh tráng mè và bánh tráng cuốn.",
      en: "A family making rice paper over a wood fire and drying it on bamboo racks by the Vu Gia river: dipping rice paper, sesame rice crackers and rolling wrappers.",
    },
  },
  {
    handle: "co-so-mi-quang-bay-hoa",
    name: "Cơ sở Mì Quảng Bảy Hòa",
    kind: "household",
    province_code: "48",
    ward_code: "20551", // Phường Điện Bàn (former Vĩnh Điện, Điện Minh, Điện Phương)
    street: "Tổ 8, khối Phú Chiêm",
    phone: "0398627415",
    representative: "Trần Văn Bảy",
    description: {
      vi: "Cơ sở làm mì Quảng sợi khô từ gạo xay ngâm, theo nghề làng Phú Chiêm, có thêm dòng mì gạo lứt.",
      en: "A workshop making dried Quảng noodles from soaked, stone-ground rice in the Phú Chiêm village tradition, with a brown-rice line as well.",
    },
  },
  {
    handle: "co-so-banh-kho-me-co-tu",
    name: "Cơ sở Bánh Khô Mè Cô Tư",
    kind: "household",
    province_code: "48",
    ward_code: "20260", // Phường Cẩm Lệ
    street: "215 Đường Cách Mạng Tháng Tám",
    phone: "0582916374",
    representative: "Ngô Thị Tư",
    description: {
      vi: "Cơ sở gia đình làm bánh khô mè, bánh tổ và kẹo đậu phộng theo công thức truyền lại từ bà nội.",
      en: "A family workshop making sesame rice cakes, bánh tổ sticky cakes and peanut brittle from a grandmother's recipes.",
    },
  },
  {
    handle: "htx-thu-cong-pho-hoi",
    name: "Hợp tác xã Thủ Công Phố Hội",
    kind: "cooperative",
    province_code: "48",
    ward_code: "20410", // Phường Hội An
    street: "Tổ 6, khối An Hội",
    phone: "0935071846",
    representative: "Trương Công Minh",
    description: {
      vi: "Hợp tác xã của các nghệ nhân làm đèn lồng, nón lá và đồ tre đan ở Hội An. Mỗi sản phẩm đều được làm và hoàn thiện bằng tay.",
      en: "A cooperative of Hội An artisans making lanterns, conical hats and woven bamboo ware. Every piece is made and finished by hand.",
    },
  },
  {
    handle: "ho-gom-thanh-ha-lo-xua",
    name: "Hộ kinh doanh Gốm Lò Xưa Thanh Hà",
    kind: "household",
    province_code: "48",
    ward_code: "20401", // Phường Hội An Tây
    street: "Tổ 2, khối Thanh Hà",
    phone: "0764183295",
    representative: "Lương Văn Đức",
    description: {
      vi: "Lò gốm gia đình nung đất sét sông Thu Bồn theo lối gốm đỏ Thanh Hà, làm bình, ấm chén bằng bàn xoay đạp chân.",
      en: "A family kiln firing Thu Bồn river clay in the red Thanh Hà style, throwing vases and tea sets on a kick wheel.",
    },
  },
  {
    handle: "htx-nong-san-tien-phuoc",
    name: "Hợp tác xã Nông Sản Tiên Phước Xanh",
    kind: "cooperative",
    province_code: "48",
    ward_code: "20854", // Xã Tiên Phước
    street: "Thôn 4",
    phone: "0869245731",
    representative: "Võ Thị Kim Oanh",
    description: {
      vi: "Hợp tác xã trồng tiêu xen vườn đồi ở Tiên Phước, thu hái chín và phơi nắng tự nhiên.",
      en: "A cooperative growing pepper among hillside gardens in Tiên Phước, picking it ripe and drying it in the sun.",
    },
  },
  {
    handle: "htx-nong-lam-tay-giang",
    name: "Hợp tác xã Nông Lâm Sản Tây Giang",
    kind: "cooperative",
    province_code: "48",
    ward_code: "20455", // Xã Tây Giang
    street: "Thôn A Xờ",
    phone: "0344718256",
    representative: "Bhling Thị Mai",
    description: {
      vi: "Hợp tác xã của đồng bào Cơ Tu khai thác mật ong rừng và trồng lúa rẫy trên vùng núi Tây Giang.",
      en: "A cooperative of Cơ Tu people collecting wild forest honey and growing upland rice in the Tây Giang mountains.",
    },
  },
]
