// ownership: a move closure captures a Vec, which the caller then tries to push to
fn main() {
    let mut log = vec![String::from("start")];
    let report = move || log.len();
    log.push(String::from("later"));
    println!("{}", report());
}
