// A panicked thread's `join()` returns its payload as `Box<dyn Any + Send>`: a constant
// `panic!` message is a `&str`, a formatted one a `String`.
use std::thread;

fn describe(r: thread::Result<i32>) -> String {
    match r {
        Ok(v) => format!("ok {}", v),
        Err(e) => {
            if let Some(s) = e.downcast_ref::<&str>() {
                format!("str payload: {}", s)
            } else if let Some(s) = e.downcast_ref::<String>() {
                format!("String payload: {} ({} bytes)", s, s.len())
            } else {
                format!("other payload {:?}", e)
            }
        }
    }
}

fn main() {
    let a = thread::spawn(|| -> i32 { panic!("constant message") });
    println!("{}", describe(a.join()));
    let n = 7;
    let b = thread::spawn(move || -> i32 { panic!("worker {} failed", n) });
    println!("{}", describe(b.join()));
    let c = thread::spawn(|| 5);
    println!("{}", describe(c.join()));
    let d = thread::spawn(|| -> i32 { panic!() });
    let r = d.join();
    println!("{:?}", r.is_err());
    if let Err(e) = r {
        println!("{:?} {:?}", e, e.downcast_ref::<&str>());
        println!("{}", e.is::<String>());
    }
}
