// nll_accepts: a borrow of one variable is alive while another variable is mutated
fn main() {
    let names = vec!["x", "y"];
    let mut count = 0;
    let first = &names[0];
    count += 1;
    println!("{} {}", first, count);
}
