fn level(n: u32) -> u32 {
    match n {
        0 => 1,
        _ => {
            let half = n / 2;
            "many"
        }
    }
}

fn main() {
    println!("{}", level(3));
}
