// iterators: enumerate, rev, windows, chunks, step_by, chain, fold and scan on readings
fn main() {
    let readings = [12, 15, 11, 18, 21, 19, 25, 24];

    for (i, r) in readings.iter().enumerate().rev().take(3) {
        println!("reading #{i} = {r}");
    }

    let rising = readings.windows(2).filter(|w| w[1] > w[0]).count();
    println!("rising steps: {rising}");

    let deltas: Vec<i32> = readings.windows(2).map(|w| w[1] - w[0]).collect();
    println!("deltas {:?}", deltas);

    for chunk in readings.chunks(3) {
        let avg = chunk.iter().sum::<i32>() as f64 / chunk.len() as f64;
        println!("chunk {:?} avg {:.2}", chunk, avg);
    }

    let every_other: Vec<_> = readings.iter().step_by(2).copied().collect();
    println!("every other {:?}", every_other);

    let (lo, hi) = readings.iter().fold((i32::MAX, i32::MIN), |(lo, hi), &x| (lo.min(x), hi.max(x)));
    println!("range {lo}..={hi}");

    let running: Vec<i32> = readings
        .iter()
        .scan(0, |acc, &x| {
            *acc += x;
            Some(*acc)
        })
        .collect();
    println!("running {:?}", running);

    let joined: Vec<i32> = readings[..2].iter().chain(readings[6..].iter()).cloned().collect();
    println!("ends {:?}", joined);

    let exact = readings.chunks_exact(3);
    let rem = exact.remainder();
    println!("remainder {:?}", rem);

    let flags: String = readings.iter().map(|&r| if r > 18 { '#' } else { '.' }).collect();
    println!("{flags}");
}
