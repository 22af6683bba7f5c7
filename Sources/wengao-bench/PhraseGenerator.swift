import Foundation

/// Composes plausible 公文 sentences from small pools of phrases written for the
/// benchmark, driven by SplitMix64 so that a seed always gives the same text.
struct PhraseGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1 }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func pick(_ pool: [String]) -> String { pool[Int(next() % UInt64(pool.count))] }
    mutating func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }

    static let units = ["青石区农业农村局", "临江县教育体育局", "北湖街道办事处", "南山镇人民政府", "东岭区卫生健康委员会",
                        "西河县交通运输局", "松林区应急管理局", "云溪县文化和旅游局"]
    static let actors = ["全系统干部职工", "各科室", "基层站所", "各街道社区", "区直有关部门", "执法队伍",
                         "窗口服务单位", "各村（社区）党组织", "项目专班"]
    static let actions = ["扎实推进", "持续深化", "统筹抓好", "全面落实", "着力加强", "积极探索", "稳步实施",
                          "认真开展", "大力推动", "切实抓好"]
    static let tasks = ["高标准农田建设", "校园安全隐患排查", "老旧小区改造", "道路养护提升", "基层卫生服务能力建设",
                        "防汛抗旱准备", "乡村文化振兴", "政务服务“一网通办”", "重点项目攻坚", "群众急难愁盼问题解决",
                        "安全生产专项整治", "生态环境综合治理", "数字化平台建设", "人才队伍培养"]
    static let results = ["累计完成项目{n}个", "覆盖村居{n}个", "同比增长{p}%", "群众满意率达到{p}%",
                          "节约财政资金{n}万元", "整改问题{n}处", "服务群众{n}人次", "办结率达到{p}%"]
    static let problems = ["工作推进不够平衡", "基层力量相对薄弱", "部分任务进度滞后", "制度执行还不到位",
                           "数据共享不够顺畅", "资金保障压力较大", "创新办法还不够多"]
    static let demands = ["提高站位", "压实责任", "突出重点", "补齐短板", "强化协同", "真抓实干", "加强督导"]

    mutating func sentence() -> String {
        var result = pick(Self.results)
        if result.contains("{n}") { result = result.replacingOccurrences(of: "{n}", with: String(number(3...980))) }
        if result.contains("{p}") { result = result.replacingOccurrences(of: "{p}", with: "\(number(60...99)).\(number(0...9))") }
        return "\(pick(Self.actors))\(pick(Self.actions))\(pick(Self.tasks))，\(result)。"
    }

    mutating func paragraph(sentences: Int) -> String {
        (0..<sentences).map { _ in sentence() }.joined()
    }

    /// An item whose point, and each of its sub-points', appears nowhere else in the
    /// speech (`used`): a real speech repeats no point, and a repeated one would make every
    /// benchmark document print duplicate-point warnings, timing the console instead.
    mutating func item(subpoints: Int, used: inout Set<String>) -> BenchSpeech.Item {
        let point = unique(&used) { words in
            Bool.random(using: &words) ? "\(words.pick(Self.actions))\(words.pick(Self.tasks))" : words.pick(Self.problems)
        }
        return BenchSpeech.Item(
            point: point,
            details: [paragraph(sentences: number(2...4))],
            subpoints: (0..<subpoints).map { _ in
                BenchSpeech.Item(point: unique(&used) { words in
                                     "\(words.pick(Self.demands))，\(words.pick(Self.actions))\(words.pick(Self.tasks))"
                                 },
                                 details: [paragraph(sentences: number(1...2))], subpoints: [])
            })
    }

    /// A phrase from `make` not yet in `used`; after a few tries the phrase is widened
    /// with a second task, which the pools can vary for thousands of points.
    private mutating func unique(_ used: inout Set<String>, _ make: (inout PhraseGenerator) -> String) -> String {
        var candidate = make(&self)
        var tries = 0
        while used.contains(candidate) && tries < 200 {
            candidate = tries < 20 ? make(&self) : make(&self) + "和\(pick(Self.tasks))"
            tries += 1
        }
        used.insert(candidate)
        return candidate
    }

    mutating func closing() -> String {
        "同志们，下半年任务依然繁重。\(pick(Self.actors))要\(pick(Self.demands))、\(pick(Self.demands))，确保全年目标任务圆满完成。"
    }
}

extension PhraseGenerator: RandomNumberGenerator {}
