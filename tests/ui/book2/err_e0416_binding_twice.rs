// patterns: the same name bound twice in one tuple pattern
fn main() {
    let pair = (3, 4);
    let (a, a) = pair;
    println!("{a}");
}
