// ownership: a value moved inside a loop right before break is fine
fn keep(s: String) -> usize {
    s.len()
}

fn main() {
    let msg = String::from("once");
    let mut total = 0;
    for i in 0..5 {
        if i == 2 {
            total += keep(msg);
            break;
        }
    }
    println!("{}", total);
}
