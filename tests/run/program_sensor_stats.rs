// sensor statistics: chunks_exact + remainder, windows, fold/scan, min_by/max_by with
// partial_cmp, f64 formatting, PartialEq<f64> for a newtype, mem::size_of of a few types
use std::cmp::Ordering;
use std::mem::size_of;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Celsius(f64);

impl PartialEq<f64> for Celsius {
    fn eq(&self, other: &f64) -> bool {
        (self.0 - other).abs() < 1e-9
    }
}

#[derive(Debug, Clone, Copy)]
enum Trend { Up, Down, Flat }

#[allow(dead_code)]
struct Packed { id: u8, value: u32, flag: bool }

fn trend(a: Celsius, b: Celsius) -> Trend {
    match b.0.partial_cmp(&a.0) {
        Some(Ordering::Greater) => Trend::Up,
        Some(Ordering::Less) => Trend::Down,
        _ => Trend::Flat,
    }
}

fn main() {
    let readings: Vec<Celsius> = [21.5, 22.0, 22.0, 19.25, 18.0, 23.75, 24.5]
        .iter().map(|&t| Celsius(t)).collect();

    let chunks = readings.chunks_exact(3);
    let leftover = chunks.remainder();
    for (i, c) in chunks.enumerate() {
        let avg = c.iter().map(|t| t.0).sum::<f64>() / c.len() as f64;
        println!("chunk {i}: avg {avg:.3}");
    }
    println!("leftover {:?}", leftover);

    let trends: Vec<Trend> = readings.windows(2).map(|w| trend(w[0], w[1])).collect();
    println!("{:?}", trends);
    let ups = trends.iter().filter(|t| matches!(t, Trend::Up)).count();
    println!("ups {ups} of {}", trends.len());

    let hottest = readings.iter().copied().max_by(|a, b| a.0.partial_cmp(&b.0).unwrap()).unwrap();
    let coldest = readings.iter().min_by(|a, b| a.partial_cmp(b).unwrap()).unwrap();
    println!("range {:?}..{:?}", coldest, hottest);
    println!("{} {}", hottest == 24.5, readings[1] == readings[2]);

    let running: Vec<String> = readings.iter()
        .scan(0.0, |acc, t| { *acc += t.0; Some(format!("{:.1}", acc)) })
        .collect();
    println!("{}", running.join(" | "));
    let (lo, hi) = readings.iter().fold((f64::MAX, f64::MIN), |(lo, hi), t| (lo.min(t.0), hi.max(t.0)));
    println!("fold {lo} {hi} spread {:e}", hi - lo);

    println!("sizes {} {} {} {}", size_of::<Celsius>(), size_of::<Option<Box<Celsius>>>(),
             size_of::<Packed>(), size_of::<(u8, u16, u8)>());
    println!("sizes {} {} {}", size_of::<[Trend; 4]>(), size_of::<Option<u32>>(), size_of::<&[u8]>());
}
