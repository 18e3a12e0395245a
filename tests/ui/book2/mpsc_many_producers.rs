// concurrency: mpsc channel with several cloned producers, results sorted before printing
use std::sync::mpsc;
use std::thread;

#[derive(Debug)]
enum Event {
    Line(usize, String),
    Done(usize),
}

fn main() {
    let (tx, rx) = mpsc::channel();
    let sources = vec![
        vec!["alpha", "beta"],
        vec!["gamma"],
        vec!["delta", "epsilon", "zeta"],
    ];
    let mut handles = vec![];
    for (id, lines) in sources.into_iter().enumerate() {
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            for l in lines {
                tx.send(Event::Line(id, l.to_string())).unwrap();
            }
            tx.send(Event::Done(id)).unwrap();
        }));
    }
    drop(tx);

    let mut lines = Vec::new();
    let mut finished = Vec::new();
    for ev in rx {
        match ev {
            Event::Line(id, s) => lines.push((id, s)),
            Event::Done(id) => finished.push(id),
        }
    }
    for h in handles {
        h.join().unwrap();
    }
    lines.sort();
    finished.sort();
    for (id, s) in &lines {
        println!("producer {id}: {s}");
    }
    println!("finished {:?}", finished);

    let (stx, srx) = mpsc::sync_channel::<u32>(1);
    let h = thread::spawn(move || {
        for i in 1..=4 {
            stx.send(i * i).unwrap();
        }
    });
    let got: Vec<u32> = srx.iter().collect();
    h.join().unwrap();
    println!("{:?}", got);
    println!("{:?}", srx.try_recv().is_err());
}
