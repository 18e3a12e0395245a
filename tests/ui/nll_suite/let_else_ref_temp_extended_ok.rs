// let-else extends `&temp` like a plain let
fn words() -> Vec<String> { vec![String::from("w")] }
fn main() {
    let [w] = &words()[..] else { return };
    let Some(n) = Some(&words().len()) else { return };
    println!("{} {}", w, n);
}
