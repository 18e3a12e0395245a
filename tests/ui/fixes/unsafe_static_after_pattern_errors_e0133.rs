// rustc still reports the unsafe use of a `static mut` in a body whose patterns failed,
// after the pattern errors (its closures included) and in source order.
static mut COUNT: u32 = 0;

fn main() {
    let x: Option<u32> = None;
    let c = || match x {
        Some(_) => 1,
    };
    COUNT += 1;
    match x {
        Some(v) => println!("{}", v),
    }
    println!("{}", c());
}
