// nll_accepts: a reference variable is overwritten before the borrowed value changes
fn main() {
    let mut first = 1;
    let second = 2;
    let mut shown = &first;
    println!("{}", shown);
    shown = &second;
    first += 10;
    println!("{} {}", shown, first);
}
