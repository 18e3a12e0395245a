// A guard must not change the place the match tested: the fake borrows of the scrutinee.
#[derive(Debug)]
enum Job { Queued(u32), Done }

fn main() {
    let mut job = Job::Queued(4);
    let mut retries = 0;
    match job {
        Job::Queued(n) if { retries += 1; n > 10 } => println!("long {n}"),
        Job::Queued(_) if { job = Job::Done; retries > 0 } => println!("reset"),
        _ => {}
    }
    println!("{job:?} {retries}");
}
