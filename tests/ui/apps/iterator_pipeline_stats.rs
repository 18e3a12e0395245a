// iterator pipeline: windows, chunks, zip, rev, skip, step_by, chain, flat_map, peekable, position
fn main() {
    let temps = [12, 15, 11, 18, 21, 19, 25, 24, 22, 30];

    let rises: Vec<i32> = temps.windows(2).map(|w| w[1] - w[0]).collect();
    println!("deltas {:?}", rises);
    let biggest_jump = rises.iter().enumerate().max_by_key(|&(_, d)| *d).unwrap();
    println!("biggest jump at day {} (+{})", biggest_jump.0 + 1, biggest_jump.1);

    let weekly: Vec<i32> = temps.chunks(3).map(|c| c.iter().sum::<i32>() / c.len() as i32).collect();
    println!("chunk averages {:?}", weekly);

    let days = ["mon", "tue", "wed", "thu", "fri"];
    let labeled: Vec<String> = days.iter().zip(temps.iter()).map(|(d, t)| format!("{}={}", d, t)).collect();
    println!("{}", labeled.join(" "));

    let last_three: Vec<_> = temps.iter().rev().take(3).collect();
    println!("last three reversed {:?}", last_three);
    let evens: Vec<_> = temps.iter().skip(1).step_by(2).cloned().collect();
    println!("every other {:?}", evens);

    let combined: Vec<i32> = temps[..2].iter().chain(temps[8..].iter()).copied().collect();
    println!("ends {:?}", combined);

    let expanded: Vec<i32> = (1..4).flat_map(|n| (0..n).map(move |k| n * 10 + k)).collect();
    println!("flat {:?}", expanded);

    let first_hot = temps.iter().position(|&t| t >= 20);
    let any_freezing = temps.iter().any(|&t| t <= 0);
    let all_positive = temps.iter().all(|t| *t > 0);
    println!("first hot {:?}, freezing {}, positive {}", first_hot, any_freezing, all_positive);

    let product: i64 = temps.iter().take(4).map(|&t| t as i64).product();
    let (lo, hi) = (temps.iter().min().unwrap(), temps.iter().max().unwrap());
    println!("product {} range {}..{}", product, lo, hi);

    // run-length groups of increasing values using peekable
    let mut it = temps.iter().peekable();
    let mut runs = Vec::new();
    while let Some(&start) = it.next() {
        let mut len = 1;
        let mut prev = start;
        while let Some(&&n) = it.peek() {
            if n > prev {
                len += 1;
                prev = n;
                it.next();
            } else {
                break;
            }
        }
        runs.push((start, len));
    }
    println!("runs {:?}", runs);
    let found = temps.iter().find(|&&t| t % 7 == 0);
    println!("multiple of 7: {:?}", found);
}
