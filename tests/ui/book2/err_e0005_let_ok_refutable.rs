// patterns: destructuring a Result with a refutable Ok(..) in let
fn main() {
    let Ok(n) = "42".parse::<i32>();
    println!("{}", n + 1);
}
