// nll_accepts: an iterator's borrow ends when the loop finishes
fn main() {
    let mut prices = vec![10, 20, 30];
    let mut sum = 0;
    for p in prices.iter() {
        sum += p;
    }
    prices.clear();
    println!("{} {}", sum, prices.len());
}
