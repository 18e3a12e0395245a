// A boxed FnMut closure mutating its captured state, called several times.
fn main() {
    let mut total = 0;
    {
        let mut add: Box<dyn FnMut(i32) -> i32 + '_> = Box::new(|x| { total += x; total });
        add(2);
        add(3);
        println!("{}", add(4));
    }
    println!("{}", total);
}
