// iterator pipelines over sales records: filter, map, fold, zip, windows, group totals
#[derive(Debug, Clone)]
struct Sale {
    region: &'static str,
    month: u32,
    amount: u32,
}

fn main() {
    let sales = vec![
        Sale { region: "north", month: 1, amount: 120 },
        Sale { region: "south", month: 1, amount: 80 },
        Sale { region: "north", month: 2, amount: 90 },
        Sale { region: "east", month: 2, amount: 200 },
        Sale { region: "south", month: 3, amount: 150 },
        Sale { region: "north", month: 3, amount: 60 },
    ];

    let big: Vec<String> = sales
        .iter()
        .filter(|s| s.amount >= 100)
        .map(|s| format!("{}@{}", s.region, s.month))
        .collect();
    println!("big sales: {:?}", big);

    let by_month: Vec<u32> = (1..=3).map(|m| sales.iter().filter(|s| s.month == m).map(|s| s.amount).sum()).collect();
    println!("by month: {:?}", by_month);

    let growth: Vec<i64> = by_month.windows(2).map(|w| w[1] as i64 - w[0] as i64).collect();
    println!("growth: {:?}", growth);

    let (count, total) = sales.iter().fold((0, 0), |(c, t), s| (c + 1, t + s.amount));
    println!("average {:.1}", total as f64 / count as f64);

    let mut regions: Vec<&str> = sales.iter().map(|s| s.region).collect();
    regions.sort();
    regions.dedup();
    for r in &regions {
        let amounts: Vec<u32> = sales.iter().filter(|s| s.region == *r).map(|s| s.amount).collect();
        let best = amounts.iter().max().copied().unwrap_or(0);
        println!("{:>6}: {:?} best={}", r, amounts, best);
    }

    let labels = ["jan", "feb", "mar"];
    let report: Vec<String> = labels.iter().zip(by_month.iter()).map(|(l, v)| format!("{}={}", l, v)).collect();
    println!("{}", report.join(", "));
    let first_drop = growth.iter().position(|g| *g < 0);
    println!("first drop at {:?}", first_drop);
}
