// ownership: moving a String into a function while a slice of it is alive
fn archive(s: String) -> usize {
    s.len()
}

fn main() {
    let report = String::from("quarterly numbers");
    let word = &report[..9];
    let n = archive(report);
    println!("{word} {n}");
}
