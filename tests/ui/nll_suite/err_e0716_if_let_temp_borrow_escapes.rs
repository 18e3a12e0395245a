// a reference into a temporary that an if-let scrutinee created, kept in an outer variable
fn make() -> Vec<String> { vec![String::from("a")] }
fn main() {
    let mut keep: &str = "none";
    if let Some(s) = make().first() {
        keep = s;
    }
    println!("{}", keep);
}
