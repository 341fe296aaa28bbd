/**
 * Answers a notice states in its own words, proposed for the register's explicit answers:
 * whether data go outside the EU/EEA, and whether automated decisions (profiling included) are
 * made. Only a sentence that says so is read; silence proposes nothing. Each proposal quotes
 * the sentences it rests on, so the editor can confirm it.
 */
import { mentionsAny, termPattern } from './patterns';
import type { Block } from './lines';
import { textLines } from './lines';
import { readElements } from './markdown';
import type { ImportDictionary, ProposedAnswers, StatedSentence } from './types';

const SENTENCE_END = /(?<=[\p{Ll}\d)"”][.!?])\s+(?=[\p{Lu}\d])/u;

/** The sentences of some blocks (a list item is one), each with the input line it starts on. */
export function sentencesWithLines(blocks: Block[]): StatedSentence[] {
  return blocks.flatMap((block) => {
    const lines = textLines(block);
    if (!lines.length) return [];
    const texts = readElements(block).flatMap((element) =>
      element.kind === 'paragraph' ? element.text.replace(/\s+/g, ' ').split(SENTENCE_END) : element.items.map((item) => item.text),
    );
    return texts.map((text) => {
      const start = text.trim().slice(0, 60);
      const line = lines.find((candidate) => candidate.text.includes(start)) ?? lines[0];
      return { line: line.number, text: text.trim() };
    });
  });
}

export function answerProposer(dictionary: ImportDictionary): (blocks: Block[], decisionBlocks: Block[]) => ProposedAnswers {
  const terms = (list: string[]) => list.map(termPattern);
  const { transfer, outside, automated, negation } = dictionary.answerTerms;
  const places = terms(outside);
  const moves = terms(transfer);
  const decisions = terms(automated);
  const nots = terms(negation);

  /** Sentences on the topic split into those that deny it and those that affirm it. */
  const stated = (sentences: StatedSentence[], about: (text: string) => boolean) => {
    const onTopic = sentences.filter((sentence) => about(sentence.text));
    return {
      denied: onTopic.filter((sentence) => mentionsAny(sentence.text, nots)),
      affirmed: onTopic.filter((sentence) => !mentionsAny(sentence.text, nots)),
    };
  };

  /** `blocks`: the register's text; `decisionBlocks`: the parts that may describe decisions (not a list of data). */
  return (blocks, decisionBlocks) => {
    const sentences = sentencesWithLines(blocks);
    const proposed: ProposedAnswers = {};
    // A transfer sentence names both a move or storage (siirretään, säilytetään) and a place outside (ulkopuolelle, kolmas maa).
    const transfers = stated(sentences, (text) => mentionsAny(text, moves) && mentionsAny(text, places));
    if (transfers.affirmed.length) proposed.transfersOutsideEea = { answer: 'yes', evidence: transfers.affirmed };
    else if (transfers.denied.length) proposed.transfersOutsideEea = { answer: 'no', evidence: transfers.denied };
    const automatedDecisions = stated(sentencesWithLines(decisionBlocks), (text) => mentionsAny(text, decisions));
    if (automatedDecisions.affirmed.length) proposed.automatedDecisionMaking = { answer: 'yes', evidence: automatedDecisions.affirmed };
    else if (automatedDecisions.denied.length) proposed.automatedDecisionMaking = { answer: 'none', evidence: automatedDecisions.denied };
    return proposed;
  };
}
