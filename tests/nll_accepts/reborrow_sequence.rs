// nll_accepts: successive mutable borrows of one variable that do not overlap in use
fn main() {
    let mut total = 0;
    let a = &mut total;
    *a += 5;
    let b = &mut total;
    *b *= 3;
    println!("{}", total);
}
