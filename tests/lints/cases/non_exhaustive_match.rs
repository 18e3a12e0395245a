// E0004 and E0005: matches and lets that miss values
enum Signal {
    Go,
    Wait(u32),
    Stop { reason: String },
}

fn describe(s: &Signal) -> u32 {
    match s {
        Signal::Go => 0,
        Signal::Wait(n) if *n > 3 => *n,
    }
}

fn grade(score: u8) -> char {
    match score {
        0..=49 => 'F',
        50..=100 => 'P',
    }
}

fn main() {
    let pair = (Some(1), None::<i32>);
    match pair {
        (Some(a), Some(b)) => println!("{}", a + b),
        (None, _) => println!("none"),
    }
    let Some(first) = pair.0;
    println!("{} {} {}", describe(&Signal::Go), grade(70), first);
}
