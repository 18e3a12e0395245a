// rejected E0384: assigning twice to an immutable local while retrying a parse with a fallback
#[derive(Debug)]
enum Level {
    Low,
    Mid,
    High,
}

fn classify(v: i32) -> Level {
    match v {
        i32::MIN..=10 => Level::Low,
        11..=50 => Level::Mid,
        _ => Level::High,
    }
}

fn main() {
    let inputs = ["7", " 42", "x9", "88", ""];
    let mut levels = Vec::new();
    for raw in inputs.iter() {
        let value = raw.trim().parse::<i32>().unwrap_or(-1);
        if value < 0 {
            let digits: String = raw.chars().filter(|c| c.is_ascii_digit()).collect();
            value = digits.parse().unwrap_or(0);
        }
        levels.push((value, classify(value)));
    }
    for (v, l) in &levels {
        println!("{:>3} => {:?}", v, l);
    }
    let highs = levels.iter().filter(|(_, l)| matches!(l, Level::High)).count();
    println!("{} high", highs);
}
