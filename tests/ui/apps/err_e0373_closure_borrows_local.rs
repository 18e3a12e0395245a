// rejected E0373: returning a boxed closure that borrows a local counter instead of moving it
const LIMIT: u32 = 3;

fn make_rate_limiter() -> Box<dyn FnMut() -> bool> {
    let mut used = 0;
    Box::new(|| {
        if used < LIMIT {
            used += 1;
            true
        } else {
            false
        }
    })
}

fn make_greeter(greeting: String) -> impl Fn(&str) -> String {
    move |name| format!("{}, {}!", greeting, name)
}

fn main() {
    let mut allow = make_rate_limiter();
    let results: Vec<bool> = (0..5).map(|_| allow()).collect();
    println!("{:?}", results);
    let hello = make_greeter("hello".to_string());
    for who in ["ana", "bo"] {
        println!("{}", hello(who));
    }
    let granted = results.iter().filter(|&&b| b).count();
    println!("granted {} of {}", granted, results.len());
    let denied: Vec<usize> = results.iter().enumerate().filter(|(_, b)| !**b).map(|(i, _)| i).collect();
    println!("denied at {:?}", denied);
}
