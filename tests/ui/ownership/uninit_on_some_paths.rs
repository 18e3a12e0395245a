// ownership: a binding initialized only when a condition holds
fn main() {
    let limit = 7;
    let label: &str;
    if limit > 5 {
        label = "high";
    }
    println!("{}", label);
}
