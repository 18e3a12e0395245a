// a labeled block breaking with a reference to data that outlives it
fn main() {
    let data = vec![4, 8, 15];
    let found = 'search: {
        for x in &data {
            if *x > 5 { break 'search Some(x); }
        }
        None
    };
    println!("{:?}", found);
}
