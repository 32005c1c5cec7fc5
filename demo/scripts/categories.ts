/**
 * What the demo shop sells: categories with believable brands, attributes, price bands and review phrases,
 * in English and Simplified Chinese. The generator draws products from these with a seeded PRNG.
 */

export interface Bilingual {
  en: string;
  zh: string;
}

export interface AttributeSpec {
  key: string;
  label: Bilingual;
  values: Bilingual[];
}

export interface CategorySpec {
  key: string;
  path: Bilingual[];
  noun: Bilingual;
  count: number;
  brands: string[];
  models: string[];
  descriptors: Bilingual[];
  price: [number, number];
  colors: string[];
  attributes: AttributeSpec[];
  /** Sizes that become ProductGroup variants (shoes, clothing). */
  sizes?: string[];
  pros: Bilingual[];
  cons: Bilingual[];
  /** Categories people buy alongside this one. */
  complements: string[];
  /** One sentence about what it is for. */
  useCase: Bilingual[];
}

const yes: Bilingual = { en: 'yes', zh: '是' };
const no: Bilingual = { en: 'no', zh: '否' };

export const COLORS: Record<string, Bilingual & { hex: string }> = {
  black: { en: 'black', zh: '黑色', hex: '#1f2937' },
  white: { en: 'white', zh: '白色', hex: '#f3f4f6' },
  blue: { en: 'blue', zh: '蓝色', hex: '#2563eb' },
  red: { en: 'red', zh: '红色', hex: '#dc2626' },
  green: { en: 'green', zh: '绿色', hex: '#16a34a' },
  grey: { en: 'grey', zh: '灰色', hex: '#6b7280' },
  navy: { en: 'navy', zh: '藏青色', hex: '#1e3a8a' },
  orange: { en: 'orange', zh: '橙色', hex: '#ea580c' },
  pink: { en: 'pink', zh: '粉色', hex: '#db2777' },
  yellow: { en: 'yellow', zh: '黄色', hex: '#ca8a04' },
  purple: { en: 'purple', zh: '紫色', hex: '#7c3aed' },
  beige: { en: 'beige', zh: '米色', hex: '#d6c7a1' },
  silver: { en: 'silver', zh: '银色', hex: '#9ca3af' },
};

export const CATEGORIES: CategorySpec[] = [
  {
    key: 'running-shoes',
    path: [{ en: 'Shoes', zh: '鞋' }, { en: 'Running Shoes', zh: '跑步鞋' }],
    noun: { en: 'Running Shoe', zh: '跑步鞋' },
    count: 40,
    brands: ['Velox', 'Stride', 'Nimbus', 'Kestrel', 'Apex Run'],
    models: ['Tempo', 'Glide', 'Pace', 'Surge', 'Drift', 'Cadence', 'Rally', 'Sprint'],
    descriptors: [
      { en: 'Lightweight', zh: '轻量' },
      { en: 'Cushioned', zh: '缓震' },
      { en: 'Trail', zh: '越野' },
      { en: 'Racing', zh: '竞速' },
      { en: 'Everyday', zh: '日常' },
      { en: 'Stability', zh: '稳定支撑' },
    ],
    price: [45, 180],
    colors: ['black', 'white', 'blue', 'red', 'grey', 'orange', 'pink'],
    sizes: ['38', '39', '40', '41', '42', '43', '44', '45'],
    attributes: [
      { key: 'terrain', label: { en: 'terrain', zh: '路面' }, values: [{ en: 'road', zh: '公路' }, { en: 'trail', zh: '越野' }, { en: 'track', zh: '跑道' }] },
      { key: 'drop', label: { en: 'heel-to-toe drop', zh: '跟掌差' }, values: [{ en: '4 mm', zh: '4 毫米' }, { en: '8 mm', zh: '8 毫米' }, { en: '10 mm', zh: '10 毫米' }] },
      { key: 'waterproof', label: { en: 'waterproof', zh: '防水' }, values: [no, no, yes] },
      { key: 'weight', label: { en: 'weight', zh: '重量' }, values: [{ en: '220 g', zh: '220 克' }, { en: '250 g', zh: '250 克' }, { en: '280 g', zh: '280 克' }, { en: '310 g', zh: '310 克' }] },
      { key: 'material', label: { en: 'upper', zh: '鞋面' }, values: [{ en: 'engineered mesh', zh: '工程网布' }, { en: 'knit', zh: '针织' }, { en: 'ripstop with membrane', zh: '防撕裂面料' }] },
    ],
    pros: [
      { en: 'Very comfortable on long runs.', zh: '长跑时非常舒服。' },
      { en: 'Great cushioning without feeling mushy.', zh: '缓震很好，不会太软。' },
      { en: 'Light and responsive, perfect for tempo days.', zh: '轻便有弹性，适合节奏跑。' },
      { en: 'Grip is excellent on wet roads.', zh: '湿滑路面抓地力很好。' },
      { en: 'Breathable, my feet stay cool.', zh: '透气性好，脚不闷。' },
    ],
    cons: [
      { en: 'Runs a bit small, order half a size up.', zh: '尺码偏小，建议买大半码。' },
      { en: 'The outsole wore down after 300 km.', zh: '跑了 300 公里鞋底就磨损了。' },
      { en: 'Laces come undone easily.', zh: '鞋带容易松。' },
      { en: 'Narrow toe box.', zh: '鞋头偏窄。' },
    ],
    complements: ['sports-socks', 'smartwatches', 'running-apparel'],
    useCase: [
      { en: 'Built for daily training and weekend long runs.', zh: '适合日常训练和周末长距离跑。' },
      { en: 'A fast shoe for race day and interval sessions.', zh: '比赛日和间歇训练的速度型跑鞋。' },
    ],
  },
  {
    key: 'hiking-boots',
    path: [{ en: 'Shoes', zh: '鞋' }, { en: 'Hiking Boots', zh: '登山靴' }],
    noun: { en: 'Hiking Boot', zh: '登山靴' },
    count: 25,
    brands: ['Ridgeline', 'Summit Co.', 'Kestrel', 'Granite Peak'],
    models: ['Ascent', 'Traverse', 'Alpine', 'Canyon', 'Scout'],
    descriptors: [
      { en: 'Waterproof', zh: '防水' },
      { en: 'Mid-Cut', zh: '中帮' },
      { en: 'Lightweight', zh: '轻量' },
      { en: 'Leather', zh: '真皮' },
    ],
    price: [70, 240],
    colors: ['black', 'grey', 'beige', 'green', 'orange'],
    sizes: ['38', '39', '40', '41', '42', '43', '44', '45', '46'],
    attributes: [
      { key: 'waterproof', label: { en: 'waterproof', zh: '防水' }, values: [yes, yes, no] },
      { key: 'material', label: { en: 'upper', zh: '鞋面' }, values: [{ en: 'nubuck leather', zh: '磨砂皮' }, { en: 'synthetic', zh: '合成材料' }, { en: 'full-grain leather', zh: '头层牛皮' }] },
      { key: 'weight', label: { en: 'weight', zh: '重量' }, values: [{ en: '480 g', zh: '480 克' }, { en: '560 g', zh: '560 克' }, { en: '650 g', zh: '650 克' }] },
      { key: 'sole', label: { en: 'sole', zh: '鞋底' }, values: [{ en: 'Vibram', zh: 'Vibram 大底' }, { en: 'rubber lug', zh: '橡胶齿纹底' }] },
    ],
    pros: [
      { en: 'Kept my feet dry through a whole day of rain.', zh: '下了一整天雨脚还是干的。' },
      { en: 'Solid ankle support on rocky trails.', zh: '在碎石路上脚踝支撑很稳。' },
      { en: 'No break-in needed.', zh: '不需要磨合。' },
      { en: 'Great traction on mud.', zh: '泥地上抓地很好。' },
    ],
    cons: [
      { en: 'Heavy for long days.', zh: '走一整天有点重。' },
      { en: 'Gets warm in summer.', zh: '夏天穿有点热。' },
      { en: 'The laces are too short.', zh: '鞋带太短。' },
    ],
    complements: ['sports-socks', 'backpacks', 'tents', 'jackets'],
    useCase: [
      { en: 'Made for day hikes and multi-day treks.', zh: '适合一日徒步和多日重装徒步。' },
      { en: 'A dependable boot for wet, rocky trails.', zh: '潮湿多石山路的可靠选择。' },
    ],
  },
  {
    key: 'jackets',
    path: [{ en: 'Clothing', zh: '服装' }, { en: 'Jackets', zh: '外套' }],
    noun: { en: 'Jacket', zh: '外套' },
    count: 35,
    brands: ['Northwind', 'Ridgeline', 'Urban Layer', 'Summit Co.'],
    models: ['Storm', 'Breeze', 'Polar', 'Drizzle', 'Metro', 'Frost'],
    descriptors: [
      { en: 'Rain', zh: '防雨' },
      { en: 'Down', zh: '羽绒' },
      { en: 'Softshell', zh: '软壳' },
      { en: 'Windbreaker', zh: '防风' },
      { en: 'Packable', zh: '可收纳' },
    ],
    price: [40, 320],
    colors: ['black', 'navy', 'red', 'green', 'yellow', 'grey', 'blue'],
    sizes: ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
    attributes: [
      { key: 'waterproof', label: { en: 'waterproof', zh: '防水' }, values: [yes, no] },
      { key: 'insulation', label: { en: 'insulation', zh: '填充' }, values: [{ en: 'none', zh: '无' }, { en: 'synthetic', zh: '合成棉' }, { en: '650-fill down', zh: '650 蓬羽绒' }] },
      { key: 'hood', label: { en: 'hood', zh: '连帽' }, values: [yes, yes, no] },
      { key: 'material', label: { en: 'material', zh: '面料' }, values: [{ en: 'recycled nylon', zh: '再生尼龙' }, { en: 'polyester', zh: '涤纶' }, { en: '3-layer membrane', zh: '三层复合膜' }] },
      { key: 'fit', label: { en: 'fit', zh: '版型' }, values: [{ en: 'regular', zh: '常规' }, { en: 'slim', zh: '修身' }, { en: 'relaxed', zh: '宽松' }] },
    ],
    pros: [
      { en: 'Stayed dry in a heavy downpour.', zh: '大雨里也没湿透。' },
      { en: 'Warm without being bulky.', zh: '保暖又不臃肿。' },
      { en: 'Packs into its own pocket.', zh: '可以收进自己的口袋。' },
      { en: 'The hood fits over a helmet.', zh: '帽子能罩住头盔。' },
    ],
    cons: [
      { en: 'Sleeves are a little short.', zh: '袖子有点短。' },
      { en: 'Zipper feels cheap.', zh: '拉链质感一般。' },
      { en: 'Not very breathable when hiking uphill.', zh: '爬坡时不太透气。' },
    ],
    complements: ['backpacks', 'hiking-boots', 'running-apparel'],
    useCase: [
      { en: 'A versatile layer for commuting and weekend trips.', zh: '通勤和周末出游都合适的百搭外套。' },
      { en: 'Keeps wind and rain out on the trail.', zh: '户外防风挡雨。' },
    ],
  },
  {
    key: 'running-apparel',
    path: [{ en: 'Clothing', zh: '服装' }, { en: 'Running Apparel', zh: '跑步服饰' }],
    noun: { en: 'Running Tee', zh: '跑步T恤' },
    count: 25,
    brands: ['Velox', 'Stride', 'Urban Layer'],
    models: ['Aero', 'Cool', 'Flow', 'Split', 'Swift'],
    descriptors: [
      { en: 'Quick-Dry', zh: '速干' },
      { en: 'Long-Sleeve', zh: '长袖' },
      { en: 'Seamless', zh: '无缝' },
      { en: 'Reflective', zh: '反光' },
    ],
    price: [15, 70],
    colors: ['black', 'white', 'blue', 'orange', 'pink', 'green', 'yellow'],
    sizes: ['XS', 'S', 'M', 'L', 'XL'],
    attributes: [
      { key: 'material', label: { en: 'material', zh: '面料' }, values: [{ en: 'polyester', zh: '涤纶' }, { en: 'merino wool', zh: '美利奴羊毛' }, { en: 'recycled polyester', zh: '再生涤纶' }] },
      { key: 'reflective', label: { en: 'reflective details', zh: '反光条' }, values: [yes, no] },
      { key: 'fit', label: { en: 'fit', zh: '版型' }, values: [{ en: 'slim', zh: '修身' }, { en: 'regular', zh: '常规' }] },
    ],
    pros: [
      { en: 'Dries really fast.', zh: '干得很快。' },
      { en: 'Soft and no chafing.', zh: '柔软不磨皮肤。' },
      { en: 'Reflective strips are visible at night.', zh: '夜跑时反光条很显眼。' },
    ],
    cons: [
      { en: 'Holds odour after a few runs.', zh: '跑几次后有异味。' },
      { en: 'Shrank a little in the wash.', zh: '洗后有点缩水。' },
    ],
    complements: ['running-shoes', 'sports-socks', 'smartwatches'],
    useCase: [
      { en: 'A light layer for hot-weather runs.', zh: '适合炎热天气跑步的轻薄上衣。' },
    ],
  },
  {
    key: 'sports-socks',
    path: [{ en: 'Clothing', zh: '服装' }, { en: 'Socks', zh: '袜子' }],
    noun: { en: 'Socks (3-Pack)', zh: '运动袜（3双装）' },
    count: 15,
    brands: ['Stride', 'Ridgeline', 'Footnote'],
    models: ['Cushion', 'Ultra', 'Trek', 'Run'],
    descriptors: [
      { en: 'Merino', zh: '美利奴' },
      { en: 'Anti-Blister', zh: '防磨脚' },
      { en: 'Compression', zh: '压缩' },
    ],
    price: [9, 35],
    colors: ['black', 'white', 'grey', 'navy'],
    attributes: [
      { key: 'material', label: { en: 'material', zh: '材质' }, values: [{ en: 'merino wool', zh: '美利奴羊毛' }, { en: 'nylon blend', zh: '锦纶混纺' }] },
      { key: 'height', label: { en: 'height', zh: '袜筒' }, values: [{ en: 'no-show', zh: '船袜' }, { en: 'crew', zh: '中筒' }, { en: 'quarter', zh: '短筒' }] },
    ],
    pros: [
      { en: 'No blisters even after a marathon.', zh: '跑完马拉松也没起泡。' },
      { en: 'Comfortable and durable.', zh: '舒服又耐穿。' },
    ],
    cons: [{ en: 'A bit thick for summer.', zh: '夏天穿有点厚。' }],
    complements: ['running-shoes', 'hiking-boots'],
    useCase: [{ en: 'Everyday socks for running and hiking.', zh: '跑步和徒步都适合的日常袜子。' }],
  },
  {
    key: 'headphones',
    path: [{ en: 'Electronics', zh: '数码电子' }, { en: 'Headphones', zh: '耳机' }],
    noun: { en: 'Bluetooth Headphones', zh: '蓝牙耳机' },
    count: 35,
    brands: ['Sonara', 'Pulse Audio', 'Echo Lab', 'Auralis'],
    models: ['Air', 'Pro', 'Studio', 'Buds', 'Flex', 'Quiet'],
    descriptors: [
      { en: 'Noise-Cancelling', zh: '降噪' },
      { en: 'True Wireless', zh: '真无线' },
      { en: 'Over-Ear', zh: '头戴式' },
      { en: 'Sport', zh: '运动' },
      { en: 'Open-Ear', zh: '开放式' },
    ],
    price: [19, 349],
    colors: ['black', 'white', 'silver', 'blue', 'pink'],
    attributes: [
      { key: 'noise cancelling', label: { en: 'noise cancelling', zh: '主动降噪' }, values: [yes, no] },
      { key: 'battery life', label: { en: 'battery life', zh: '续航' }, values: [{ en: '6 hours', zh: '6 小时' }, { en: '8 hours', zh: '8 小时' }, { en: '24 hours', zh: '24 小时' }, { en: '40 hours', zh: '40 小时' }] },
      { key: 'water resistance', label: { en: 'water resistance', zh: '防水等级' }, values: [{ en: 'IPX4', zh: 'IPX4' }, { en: 'IPX7', zh: 'IPX7' }, { en: 'none', zh: '无' }] },
      { key: 'connectivity', label: { en: 'connectivity', zh: '连接' }, values: [{ en: 'Bluetooth 5.3', zh: '蓝牙 5.3' }, { en: 'Bluetooth 5.0', zh: '蓝牙 5.0' }] },
    ],
    pros: [
      { en: 'Noise cancelling is superb on flights.', zh: '坐飞机时降噪效果出色。' },
      { en: 'Battery lasts all week.', zh: '续航能用一周。' },
      { en: 'Stay in my ears while running.', zh: '跑步时不会掉。' },
      { en: 'Clear calls, even outside.', zh: '户外通话也很清晰。' },
    ],
    cons: [
      { en: 'The case scratches easily.', zh: '充电盒容易刮花。' },
      { en: 'Bass is a bit weak.', zh: '低音偏弱。' },
      { en: 'Pairing with a second phone is fiddly.', zh: '连接第二台手机比较麻烦。' },
    ],
    complements: ['smartwatches', 'speakers', 'backpacks'],
    useCase: [
      { en: 'Great for commuting, travel and workouts.', zh: '通勤、旅行和运动都适用。' },
      { en: 'Focus mode for busy offices and long flights.', zh: '嘈杂办公室和长途飞行的专注利器。' },
    ],
  },
  {
    key: 'speakers',
    path: [{ en: 'Electronics', zh: '数码电子' }, { en: 'Speakers', zh: '音箱' }],
    noun: { en: 'Bluetooth Speaker', zh: '蓝牙音箱' },
    count: 20,
    brands: ['Sonara', 'Pulse Audio', 'Boomfield'],
    models: ['Wave', 'Boom', 'Mini', 'Party', 'Go'],
    descriptors: [
      { en: 'Portable', zh: '便携' },
      { en: 'Waterproof', zh: '防水' },
      { en: 'Smart', zh: '智能' },
    ],
    price: [25, 299],
    colors: ['black', 'blue', 'red', 'grey', 'green'],
    attributes: [
      { key: 'waterproof', label: { en: 'waterproof', zh: '防水' }, values: [yes, no] },
      { key: 'battery life', label: { en: 'battery life', zh: '续航' }, values: [{ en: '10 hours', zh: '10 小时' }, { en: '12 hours', zh: '12 小时' }, { en: '20 hours', zh: '20 小时' }] },
      { key: 'output', label: { en: 'output power', zh: '输出功率' }, values: [{ en: '10 W', zh: '10 瓦' }, { en: '20 W', zh: '20 瓦' }, { en: '40 W', zh: '40 瓦' }] },
    ],
    pros: [
      { en: 'Surprisingly loud for its size.', zh: '体积小但音量很大。' },
      { en: 'Survived a drop into the pool.', zh: '掉进泳池也没坏。' },
    ],
    cons: [
      { en: 'Distorts at full volume.', zh: '最大音量时有破音。' },
      { en: 'Charging port cover is fiddly.', zh: '充电口盖子不好开。' },
    ],
    complements: ['headphones', 'tents'],
    useCase: [{ en: 'Music for the beach, the park and the kitchen.', zh: '海边、公园、厨房都能带着听音乐。' }],
  },
  {
    key: 'smartwatches',
    path: [{ en: 'Electronics', zh: '数码电子' }, { en: 'Smartwatches', zh: '智能手表' }],
    noun: { en: 'Smartwatch', zh: '智能手表' },
    count: 25,
    brands: ['Kairo', 'Pulse Audio', 'Trackr', 'Apex Run'],
    models: ['Fit', 'Active', 'Sport', 'Pro', 'Lite'],
    descriptors: [
      { en: 'GPS', zh: 'GPS' },
      { en: 'Fitness', zh: '健身' },
      { en: 'Multisport', zh: '多运动' },
    ],
    price: [49, 449],
    colors: ['black', 'silver', 'pink', 'green', 'blue'],
    attributes: [
      { key: 'gps', label: { en: 'built-in GPS', zh: '内置 GPS' }, values: [yes, yes, no] },
      { key: 'battery life', label: { en: 'battery life', zh: '续航' }, values: [{ en: '2 days', zh: '2 天' }, { en: '7 days', zh: '7 天' }, { en: '14 days', zh: '14 天' }] },
      { key: 'water resistance', label: { en: 'water resistance', zh: '防水等级' }, values: [{ en: '5 ATM', zh: '5 ATM' }, { en: 'IP68', zh: 'IP68' }] },
      { key: 'heart rate', label: { en: 'heart-rate sensor', zh: '心率监测' }, values: [yes] },
    ],
    pros: [
      { en: 'GPS locks on quickly.', zh: 'GPS 定位很快。' },
      { en: 'Sleep tracking is accurate.', zh: '睡眠监测很准。' },
      { en: 'Battery easily lasts a week.', zh: '续航轻松一周。' },
    ],
    cons: [
      { en: 'The app is clunky.', zh: '配套 App 不太好用。' },
      { en: 'Strap irritated my wrist.', zh: '表带有点磨手腕。' },
    ],
    complements: ['running-shoes', 'headphones', 'running-apparel'],
    useCase: [{ en: 'Tracks runs, rides, swims and sleep.', zh: '记录跑步、骑行、游泳和睡眠。' }],
  },
  {
    key: 'backpacks',
    path: [{ en: 'Bags', zh: '箱包' }, { en: 'Backpacks', zh: '双肩包' }],
    noun: { en: 'Backpack', zh: '双肩包' },
    count: 30,
    brands: ['Trailmark', 'Urban Layer', 'Summit Co.', 'Nomad Gear'],
    models: ['Daypack', 'Commuter', 'Voyager', 'Scout', 'Ridge'],
    descriptors: [
      { en: 'Laptop', zh: '电脑' },
      { en: 'Hiking', zh: '登山' },
      { en: 'Travel', zh: '旅行' },
      { en: 'Roll-Top', zh: '卷口' },
    ],
    price: [29, 229],
    colors: ['black', 'grey', 'navy', 'green', 'orange', 'beige'],
    attributes: [
      { key: 'capacity', label: { en: 'capacity', zh: '容量' }, values: [{ en: '18 L', zh: '18 升' }, { en: '24 L', zh: '24 升' }, { en: '30 L', zh: '30 升' }, { en: '45 L', zh: '45 升' }] },
      { key: 'waterproof', label: { en: 'waterproof', zh: '防水' }, values: [yes, no, no] },
      { key: 'laptop sleeve', label: { en: 'laptop sleeve', zh: '电脑隔层' }, values: [{ en: '15 inch', zh: '15 英寸' }, { en: '16 inch', zh: '16 英寸' }, { en: 'none', zh: '无' }] },
      { key: 'material', label: { en: 'material', zh: '面料' }, values: [{ en: 'recycled polyester', zh: '再生涤纶' }, { en: 'Cordura nylon', zh: 'Cordura 尼龙' }, { en: 'waxed canvas', zh: '油蜡帆布' }] },
    ],
    pros: [
      { en: 'Comfortable even fully loaded.', zh: '装满了背着也舒服。' },
      { en: 'Lots of smart pockets.', zh: '口袋设计很合理。' },
      { en: 'Fits under a plane seat.', zh: '可以放在飞机座位下。' },
    ],
    cons: [
      { en: 'Water bottle pocket is too tight.', zh: '水杯袋太紧。' },
      { en: 'Straps slip a little.', zh: '肩带有点滑。' },
    ],
    complements: ['jackets', 'hiking-boots', 'headphones', 'tents'],
    useCase: [
      { en: 'Carries a laptop to work and snacks up a mountain.', zh: '上班装电脑，上山装补给。' },
    ],
  },
  {
    key: 'coffee',
    path: [{ en: 'Home & Kitchen', zh: '家居厨房' }, { en: 'Coffee Makers', zh: '咖啡机' }],
    noun: { en: 'Coffee Maker', zh: '咖啡机' },
    count: 25,
    brands: ['Brewline', 'Casa Barista', 'Morning Co.'],
    models: ['Classic', 'Duo', 'Crema', 'Pour', 'Moka'],
    descriptors: [
      { en: 'Espresso', zh: '意式' },
      { en: 'Drip', zh: '滴滤' },
      { en: 'Pour-Over', zh: '手冲' },
      { en: 'Cold Brew', zh: '冷萃' },
    ],
    price: [25, 599],
    colors: ['black', 'silver', 'white', 'red'],
    attributes: [
      { key: 'capacity', label: { en: 'capacity', zh: '容量' }, values: [{ en: '1 cup', zh: '1 杯' }, { en: '4 cups', zh: '4 杯' }, { en: '10 cups', zh: '10 杯' }] },
      { key: 'milk frother', label: { en: 'milk frother', zh: '奶泡器' }, values: [yes, no] },
      { key: 'pressure', label: { en: 'pump pressure', zh: '泵压' }, values: [{ en: '15 bar', zh: '15 巴' }, { en: '19 bar', zh: '19 巴' }, { en: 'n/a', zh: '不适用' }] },
      { key: 'power', label: { en: 'power', zh: '功率' }, values: [{ en: '900 W', zh: '900 瓦' }, { en: '1350 W', zh: '1350 瓦' }] },
    ],
    pros: [
      { en: 'Makes a rich crema every time.', zh: '每次都能做出浓郁的油脂。' },
      { en: 'Easy to clean.', zh: '很好清洗。' },
      { en: 'Heats up in under a minute.', zh: '一分钟内就能预热好。' },
    ],
    cons: [
      { en: 'A bit loud in the morning.', zh: '早上用有点吵。' },
      { en: 'The drip tray is small.', zh: '接水盘太小。' },
    ],
    complements: ['coffee'],
    useCase: [{ en: 'Café-style coffee at home.', zh: '在家也能喝到咖啡馆品质的咖啡。' }],
  },
  {
    key: 'yoga',
    path: [{ en: 'Sports', zh: '运动' }, { en: 'Yoga Mats', zh: '瑜伽垫' }],
    noun: { en: 'Yoga Mat', zh: '瑜伽垫' },
    count: 20,
    brands: ['Lotus Flow', 'Zenfit', 'Stride'],
    models: ['Balance', 'Grip', 'Travel', 'Align'],
    descriptors: [
      { en: 'Non-Slip', zh: '防滑' },
      { en: 'Extra-Thick', zh: '加厚' },
      { en: 'Eco', zh: '环保' },
    ],
    price: [19, 129],
    colors: ['purple', 'blue', 'green', 'black', 'pink', 'grey'],
    attributes: [
      { key: 'thickness', label: { en: 'thickness', zh: '厚度' }, values: [{ en: '3 mm', zh: '3 毫米' }, { en: '6 mm', zh: '6 毫米' }, { en: '10 mm', zh: '10 毫米' }] },
      { key: 'material', label: { en: 'material', zh: '材质' }, values: [{ en: 'natural rubber', zh: '天然橡胶' }, { en: 'TPE', zh: 'TPE' }, { en: 'cork', zh: '软木' }] },
    ],
    pros: [
      { en: 'Grippy even in hot yoga.', zh: '高温瑜伽也不打滑。' },
      { en: 'Cushions my knees well.', zh: '对膝盖很友好。' },
    ],
    cons: [
      { en: 'Strong rubber smell at first.', zh: '刚开始橡胶味很重。' },
      { en: 'Heavy to carry.', zh: '携带有点重。' },
    ],
    complements: ['running-apparel', 'smartwatches'],
    useCase: [{ en: 'For yoga, pilates and home workouts.', zh: '适合瑜伽、普拉提和居家训练。' }],
  },
  {
    key: 'tents',
    path: [{ en: 'Outdoor', zh: '户外' }, { en: 'Tents', zh: '帐篷' }],
    noun: { en: 'Tent', zh: '帐篷' },
    count: 20,
    brands: ['Trailmark', 'Summit Co.', 'Nomad Gear'],
    models: ['Basecamp', 'Ultralight', 'Family', 'Bivy', 'Dome'],
    descriptors: [
      { en: '2-Person', zh: '双人' },
      { en: '4-Person', zh: '四人' },
      { en: 'Backpacking', zh: '徒步' },
      { en: '3-Season', zh: '三季' },
    ],
    price: [59, 499],
    colors: ['green', 'orange', 'grey', 'yellow'],
    attributes: [
      { key: 'capacity', label: { en: 'sleeps', zh: '容纳人数' }, values: [{ en: '1', zh: '1 人' }, { en: '2', zh: '2 人' }, { en: '4', zh: '4 人' }] },
      { key: 'waterproof', label: { en: 'waterproof', zh: '防水' }, values: [yes] },
      { key: 'weight', label: { en: 'packed weight', zh: '收纳重量' }, values: [{ en: '1.1 kg', zh: '1.1 千克' }, { en: '2.3 kg', zh: '2.3 千克' }, { en: '4.8 kg', zh: '4.8 千克' }] },
      { key: 'season', label: { en: 'season rating', zh: '适用季节' }, values: [{ en: '3-season', zh: '三季' }, { en: '4-season', zh: '四季' }] },
    ],
    pros: [
      { en: 'Pitches in five minutes.', zh: '五分钟就能搭好。' },
      { en: 'Bone dry after a stormy night.', zh: '暴雨一夜里面依然干爽。' },
      { en: 'Packs down small.', zh: '收纳后体积很小。' },
    ],
    cons: [
      { en: 'Condensation on cold nights.', zh: '冷天夜里有冷凝水。' },
      { en: 'Stakes bend easily.', zh: '地钉容易弯。' },
    ],
    complements: ['backpacks', 'hiking-boots', 'jackets'],
    useCase: [{ en: 'For weekend camping and backpacking trips.', zh: '适合周末露营和徒步旅行。' }],
  },
];

export const STORE = {
  en: {
    name: 'Trailhead Outfitters',
    currency: 'USD',
    shipping: [
      { regions: ['US'], cost: 4.95, currency: 'USD', freeOver: 50, minDays: 3, maxDays: 5, note: 'Standard shipping' },
      { regions: ['US'], cost: 14.95, currency: 'USD', minDays: 1, maxDays: 2, note: 'Express shipping' },
      { regions: ['CA'], cost: 12, currency: 'USD', minDays: 5, maxDays: 9, note: 'Canada' },
    ],
    returns: { days: 30, fees: 'free', method: ['by mail', 'in store'], note: 'Unworn items in original packaging.' },
    payment: ['Visa', 'Mastercard', 'American Express', 'PayPal', 'Apple Pay', 'Google Pay'],
    faq: [
      { question: 'Do you ship internationally?', answer: 'We ship to the United States and Canada.' },
      { question: 'Can I exchange a size?', answer: 'Yes. Size exchanges are free within 30 days; start one from your order page.' },
      { question: 'Do you offer gift wrapping?', answer: 'Gift wrapping is available at checkout for $3.' },
    ],
  },
  zh: {
    name: '山径户外',
    currency: 'CNY',
    shipping: [
      { regions: ['CN'], cost: 10, currency: 'CNY', freeOver: 99, minDays: 2, maxDays: 4, note: '普通快递' },
      { regions: ['CN'], cost: 22, currency: 'CNY', minDays: 1, maxDays: 1, note: '顺丰次日达' },
    ],
    returns: { days: 7, fees: 'free', method: ['快递寄回'], note: '支持七天无理由退货，商品需保持完好。' },
    payment: ['支付宝', '微信支付', '银联', 'Visa'],
    faq: [
      { question: '可以开发票吗？', answer: '可以，下单时填写发票抬头即可开具电子发票。' },
      { question: '尺码不合适可以换吗？', answer: '收货后 7 天内可免费换码。' },
      { question: '偏远地区包邮吗？', answer: '新疆、西藏等偏远地区需另付 15 元运费。' },
    ],
  },
};
