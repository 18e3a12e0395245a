// formatting breadth: float Display/Debug ({}, {:?}, {:e}, precision), {:#?} pretty structs, i128/u64 extremes, escapes
#[derive(Debug, Clone, PartialEq)]
struct Measurement {
    label: String,
    value: f64,
    unit: Option<&'static str>,
    flags: Vec<char>,
}

#[derive(Debug)]
enum Outcome {
    Pass(f32),
    Fail { reason: String, code: i32 },
}

fn mean(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        None
    } else {
        Some(xs.iter().sum::<f64>() / xs.len() as f64)
    }
}

fn main() {
    let xs = [0.1, 0.2, 1.0 / 3.0, 2.5e-7, 1e21, 12345.678];
    for x in xs.iter() {
        println!("{} | {:?} | {:.3} | {:e}", x, x, x, x);
    }
    println!("0.1 + 0.2 = {}", 0.1 + 0.2);
    println!("f32 third = {} {:?}", 1.0f32 / 3.0, 0.1f32);
    println!("whole floats {} {:?} {:?}", 3.0f64, 3.0f64, -0.0f64);
    println!("special {} {} {:?}", f64::INFINITY, -f64::INFINITY, f64::NAN.is_nan());
    println!("mean {:?} {:?}", mean(&[1.0, 2.0, 4.0]), mean(&[]));

    let m = Measurement { label: "tab\there".into(), value: 9.75, unit: Some("kg"), flags: vec!['a', '\n'] };
    println!("{:?}", m);
    println!("{:#?}", m);
    let outcomes = vec![Outcome::Pass(0.5), Outcome::Fail { reason: "quote \"x\"".into(), code: -2 }];
    println!("{:?}", outcomes);
    println!("{:#?}", outcomes[1]);

    let big: i128 = i64::MAX as i128 * 4;
    println!("{} {} {}", big, u64::MAX, i64::MIN);
    println!("{:>12}|{:<8}|{:^9}|", 3.14159f32, -2i8, "mid");
    println!("{:+.2} {:08.3} {:.0} {:.0}", 2.0, -1.5, 2.5, 3.5);
    let nested: Result<Option<(u8, &str)>, String> = Ok(Some((7, "ok")));
    println!("{:?} {:?}", nested, Err::<(), _>("bad".to_string()));
    println!("{:?} {:?}", 'x', "multi\nline");
    println!("{:5}|{:<5}|{:>5}|{:^5}|", 'c', true, "ab", 1.5);
}
