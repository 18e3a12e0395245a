// trait objects: a boxed Iterator trait object without its Item type
fn evens() -> Box<dyn Iterator> {
    Box::new((0..10).filter(|n| n % 2 == 0))
}

fn main() {
    for n in evens() {
        println!("{:?}", n);
    }
}
