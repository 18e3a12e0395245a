// rejected E0506: reassigning the current best score while a reference to it is still live
#[derive(Debug, Clone, Copy, PartialEq)]
struct Score {
    points: u32,
    level: u8,
}

fn better(a: &Score, b: &Score) -> bool {
    (a.points, a.level) > (b.points, b.level)
}

fn main() {
    let runs = [
        Score { points: 120, level: 2 },
        Score { points: 340, level: 3 },
        Score { points: 90, level: 1 },
        Score { points: 340, level: 4 },
    ];
    let mut best = runs[0];
    let mut history: Vec<u32> = Vec::new();
    for r in runs.iter().skip(1) {
        if better(r, &best) {
            history.push(best.points);
            best = *r;
        }
    }
    let shown = &best;
    best = Score { points: 0, level: 0 };
    println!("best run {:?}", shown);
    println!("replaced {:?}, reset to {:?}", history, best);
    let total: u32 = runs.iter().map(|s| s.points).sum();
    println!("total {}", total);
}
