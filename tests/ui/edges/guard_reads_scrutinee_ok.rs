// a match guard that only reads the scrutinee is accepted
fn main() {
    let x = Some(3);
    let r = match x {
        Some(n) if x.is_some() && n > 2 => n * 2,
        Some(n) => n,
        None => 0,
    };
    println!("{}", r);
}
